/** Fixes of single values whose right value is certain: Random, the download flags, numbers in quotes, and more. */
import { messageByteSize } from '../validate/size';
import { CONTENT_FIELDS, MESSAGES_PER_CALL, elementType } from './fields';
import { insertMember, removeMembers, replaceNode } from './edits';
import { entryAt, memberOf, nodeAt } from './tree';
import { messagePath, offer, refuse, type Fixer, type FixerOutcome } from './workbench';

/** A missing, invalid or repeated Random: a fresh uint32 that no other message uses. */
export const freshRandom: Fixer = (diagnostic, bench) => {
  if (messagePath(diagnostic.pointer)?.rest !== '/Random') return undefined;
  const node = nodeAt(bench.tree, diagnostic.pointer);
  if (!node) return undefined;
  const value = bench.freshRandom();
  return offer('fix.fresh-random', { value }, [replaceNode(node, String(value))]);
};

const DOWNLOAD_FLAG =
  /^\/MsgBody\/(0|[1-9]\d{0,8})\/MsgContent\/(Download_Flag|VideoDownloadFlag|ThumbDownloadFlag)$/;

/** Download flags of sound, file and video elements take one value in REST calls: 2 ("download from the URL"). */
export const downloadFlag: Fixer = (diagnostic, bench) => {
  const path = messagePath(diagnostic.pointer);
  const match = path && DOWNLOAD_FLAG.exec(path.rest);
  if (!path || !match) return undefined;
  const [, element, field] = match;
  const type = elementType(bench.tree, String(path.index), element);
  if (!type || !CONTENT_FIELDS[type].includes(field)) return undefined;
  const content = nodeAt(bench.tree, `/MsgList/${path.index}/MsgBody/${element}/MsgContent`);
  if (content?.kind !== 'object') return undefined;
  const current = memberOf(content, field)?.node;
  if (current?.value === 2) return undefined;
  // The flag's digit counts toward the message's bytes: it must still fit the budget.
  const message = bench.messageValue(path.index);
  if (messageByteSize(message) + 1 > bench.context.maxMessageBytes) {
    const body = (message as { MsgBody: Array<Record<string, unknown>> }).MsgBody;
    const index = Number(element);
    const flagged = body.map((item, k) =>
      k === index ? { ...item, MsgContent: { ...(item.MsgContent as object), [field]: 2 } } : item,
    );
    if (messageByteSize({ MsgBody: flagged }) > bench.context.maxMessageBytes)
      return refuse('no-fix.over-budget', { field });
  }
  if (current)
    return { fix: { id: 'fix.download-flag', params: { field }, edits: [replaceNode(current, '2')] } };
  return {
    fix: {
      id: 'fix.add-download-flag',
      params: { field },
      edits: insertMember(bench.tree, content, field, '2'),
    },
  };
};

/** Integer fields (a count, a size, an index) that SDKs sometimes send as a string of digits. */
const WHOLE_NUMBER_FIELDS = new Set([
  'Index',
  'Size',
  'Second',
  'FileSize',
  'VideoSize',
  'VideoSecond',
  'ThumbSize',
  'ThumbWidth',
  'ThumbHeight',
  'Width',
  'Height',
]);

/** `"Index": "6"` → `"Index": 6`, where the string is a whole number the field takes. */
export const unquoteNumber: Fixer = (diagnostic, bench) => {
  const rest = messagePath(diagnostic.pointer)?.rest ?? '';
  const field = rest.slice(rest.lastIndexOf('/') + 1);
  if (!rest.includes('/MsgContent/') || !WHOLE_NUMBER_FIELDS.has(field)) return undefined;
  const node = nodeAt(bench.tree, diagnostic.pointer);
  if (node?.kind !== 'string') return undefined;
  const text = node.value as string;
  if (text.trim() === '' || Number.isNaN(Number(text))) return undefined; // not a number at all: nothing to unquote
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value))
    return refuse('no-fix.not-whole-number', { field, value: text.slice(0, 40) });
  // Fewer or as many digits as the string had bytes: the message's size cannot grow.
  return {
    fix: { id: 'fix.unquote-number', params: { field, value }, edits: [replaceNode(node, String(value))] },
  };
};

/** RecentContactFlag where the group type refuses it: every copy of it goes. */
export const removeRecentContactFlag: Fixer = (diagnostic, bench) => {
  if (diagnostic.pointer !== '/RecentContactFlag' || bench.tree.root.kind !== 'object') return undefined;
  const root = bench.tree.root;
  return bench.shared('recent-contact-flag', () => {
    const indices = new Set<number>();
    root.entries!.forEach((entry, i) => entry.key!.name === 'RecentContactFlag' && indices.add(i));
    if (indices.size === 0) return undefined;
    return offer(
      'fix.remove-recent-contact-flag',
      { groupType: bench.context.groupType ?? 'Community' },
      removeMembers(bench.tree, root, indices),
    );
  });
};

/** More than 7 messages: the fix is several calls, which no edit of this text can be (see splitIntoCalls). */
export const splitCalls: Fixer = (diagnostic, bench) => {
  if (diagnostic.pointer !== '/MsgList') return undefined;
  const count = entryAt(bench.tree, '/MsgList')?.entry.node.entries?.length ?? 0;
  if (count <= MESSAGES_PER_CALL) return undefined;
  return {
    fix: {
      kind: 'split',
      id: 'fix.split',
      params: { messages: count, calls: Math.ceil(count / MESSAGES_PER_CALL), perCall: MESSAGES_PER_CALL },
      edits: [],
    },
  } satisfies FixerOutcome;
};
