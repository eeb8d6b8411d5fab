import type { ResolvedContext } from '../context';
import type { GroupType } from '../types';
import { say } from '../i18n/render';
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
        ...say('group-id-empty'),
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
        ...say('group-id-charset', {
          char: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
          position: bad + 1,
        }),
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
        ...say('group-id-length', { size, max: MAX_GROUP_ID_BYTES }),
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
        ...say('group-id-community-prefix'),
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
          ...(clash
            ? say('group-id-type-hint.clash', { prefix: groupId[5], hinted, type })
            : say('group-id-type-hint', { prefix: groupId[5], hinted })),
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
        ...say('topic-id-group-type', { type }),
      }),
    );
  }
  if (typeof groupId === 'string' && !topicId.startsWith(`${groupId}@TOPIC#_`)) {
    out.push(
      at({
        severity: 'error',
        rule: 'topic-id-format',
        ...say('topic-id-format', { form: '{GroupId}@TOPIC#_{name}', start: `${groupId}@TOPIC#_` }),
      }),
    );
  }
  const size = utf8ByteLength(topicId);
  if (size > MAX_TOPIC_ID_BYTES) {
    out.push(
      at({
        severity: 'error',
        rule: 'topic-id-length',
        ...say('topic-id-length', { size, max: MAX_TOPIC_ID_BYTES }),
      }),
    );
  }
  return out;
}
