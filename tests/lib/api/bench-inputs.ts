/** Inputs shared by the validator benchmark: the largest legal request and a whole export's MsgList. */
const NOW = 1_700_000_000;

function textOf(bytes: number, seed: number): string {
  const words = ['red', 'packet', 'hello', 'migration', 'group', '历史', 'message', 'ok'];
  let out = '';
  let i = seed;
  while (out.length < bytes) out += words[i++ % words.length] + ' ';
  return out.slice(0, bytes);
}

/** Seven messages, each just under the 8,000-byte budget (ASCII text, so bytes = characters). */
export function largestLegalRequest(): string {
  const base = NOW - 100_000;
  const MsgList = Array.from({ length: 7 }, (_, i) => ({
    From_Account: `user${i}`,
    SendTime: base + i,
    Random: 1000 + i,
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x'.repeat(7_990) } }],
  }));
  return JSON.stringify({ GroupId: 'migration-demo-group', RecentContactFlag: 1, MsgList }, null, 2);
}

/** A whole group's export: `count` varied messages (text, face, location, custom) in ascending SendTime. */
export function exportMsgList(count: number): string {
  const base = NOW - count - 10;
  const MsgList = Array.from({ length: count }, (_, i) => {
    const kind = i % 4;
    const body =
      kind === 0
        ? { MsgType: 'TIMTextElem', MsgContent: { Text: textOf(20 + (i % 60), i) } }
        : kind === 1
          ? { MsgType: 'TIMFaceElem', MsgContent: { Index: i % 100, Data: 'smile' } }
          : kind === 2
            ? {
                MsgType: 'TIMLocationElem',
                MsgContent: { Desc: 'Shenzhen Bay', Latitude: 22.5, Longitude: 113.9 },
              }
            : { MsgType: 'TIMCustomElem', MsgContent: { Data: `{"order":${i}}`, Desc: 'order' } };
    return { From_Account: `user${i % 50}`, SendTime: base + i, Random: i, MsgBody: [body] };
  });
  return JSON.stringify({ GroupId: 'migration-demo-group', MsgList });
}

export const BENCH_NOW = NOW;
