import type { ResolvedContext } from '../context';
import type { GroupType } from '../types';
import type { Finding } from './finding';
import { utf8ByteLength } from './size';

export const MAX_GROUP_ID_BYTES = 48;
export const MAX_TOPIC_ID_BYTES = 96;

/** The character after `@TGS#` in official samples, by group type: a pattern, never a contract. */
const PREFIX_HINTS: Record<string, string> = {
  '1': 'Private (Work)',
  '2': 'Public',
  '3': 'ChatRoom (Meeting)',
  a: 'AVChatRoom',
  _: 'Community',
};

const HINT_OF_TYPE: Record<GroupType, string> = {
  Private: '1',
  Work: '1',
  Public: '2',
  ChatRoom: '3',
  Meeting: '3',
  AVChatRoom: 'a',
  Community: '_',
};

function firstNonPrintable(id: string): number {
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return i;
  }
  return -1;
}

export function groupIdRules(groupId: unknown, context: ResolvedContext): Finding[] {
  if (typeof groupId !== 'string') return [];
  const at = (f: Omit<Finding, 'pointer' | 'target'>): Finding => ({
    pointer: '/GroupId',
    target: 'value',
    ...f,
  });
  if (groupId === '') {
    return [
      at({
        severity: 'error',
        rule: 'group-id-empty',
        message: 'GroupId is empty: give the ID of the group to import into.',
        serverCode: 10015,
      }),
    ];
  }
  const out: Finding[] = [];
  const bad = firstNonPrintable(groupId);
  if (bad !== -1) {
    const code = groupId.codePointAt(bad) ?? 0;
    out.push(
      at({
        severity: 'error',
        rule: 'group-id-charset',
        message: `GroupId has U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${bad + 1}: group IDs are printable ASCII only (space to ~).`,
        serverCode: 10015,
      }),
    );
  }
  const size = utf8ByteLength(groupId);
  if (size > MAX_GROUP_ID_BYTES) {
    out.push(
      at({
        severity: 'error',
        rule: 'group-id-length',
        message: `GroupId is ${size} bytes; at most ${MAX_GROUP_ID_BYTES} are allowed.`,
        serverCode: 10015,
      }),
    );
  }
  const type = context.groupType;
  if (type === 'Community' && !groupId.startsWith('@TGS#_')) {
    out.push(
      at({
        severity: 'error',
        rule: 'group-id-community-prefix',
        message:
          'Community group IDs start with @TGS#_: check the ID, or the group type in the context settings.',
        serverCode: 10015,
      }),
    );
  }
  if (groupId.startsWith('@TGS#') && groupId.length > 5) {
    const hinted = PREFIX_HINTS[groupId[5]];
    if (hinted) {
      const clash = type !== undefined && HINT_OF_TYPE[type] !== groupId[5];
      out.push(
        at({
          severity: 'info',
          rule: 'group-id-type-hint',
          message: clash
            ? `The prefix @TGS#${groupId[5]} usually marks a ${hinted} group, but the group type is set to ${type}. Only a hint from official samples: check you have the right group.`
            : `The prefix @TGS#${groupId[5]} usually marks a ${hinted} group (a pattern in official samples, not a rule).`,
        }),
      );
    }
  }
  return out;
}

export function topicIdRules(topicId: unknown, groupId: unknown, context: ResolvedContext): Finding[] {
  if (topicId === undefined || typeof topicId !== 'string') return [];
  const at = (f: Omit<Finding, 'pointer' | 'target'>): Finding => ({
    pointer: '/TopicId',
    target: 'value',
    ...f,
  });
  const out: Finding[] = [];
  const type = context.groupType;
  if (type !== undefined && type !== 'Community') {
    out.push(
      at({
        severity: 'error',
        rule: 'topic-id-group-type',
        message: `TopicId is only for Community groups with topics; this group is ${type}. Remove TopicId.`,
      }),
    );
  }
  if (typeof groupId === 'string' && !topicId.startsWith(`${groupId}@TOPIC#_`)) {
    out.push(
      at({
        severity: 'error',
        rule: 'topic-id-format',
        message: `A topic ID has the form {GroupId}@TOPIC#_{name}: here it should start with "${groupId}@TOPIC#_".`,
      }),
    );
  }
  const size = utf8ByteLength(topicId);
  if (size > MAX_TOPIC_ID_BYTES) {
    out.push(
      at({
        severity: 'error',
        rule: 'topic-id-length',
        message: `TopicId is ${size} bytes; at most ${MAX_TOPIC_ID_BYTES} are allowed.`,
      }),
    );
  }
  return out;
}
