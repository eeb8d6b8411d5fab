// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../../../src/lib/api/codes';
import { loadCoreLocale } from '../../../../src/lib/api/i18n/render';
import { RESPONSE_EN } from '../../../../src/lib/api/i18n/response-en';
import { RESPONSE_ZH_CN } from '../../../../src/lib/api/i18n/response-zh-CN';
import { SEND_FAILURES_EN } from '../../../../src/lib/api/i18n/send-failures-en';
import { SEND_FAILURES_ZH_CN } from '../../../../src/lib/api/i18n/send-failures-zh-CN';
import { parseImportResponse } from '../../../../src/lib/api/response';
import { responseNoteText, type ResponseNote } from '../../../../src/lib/api/response-notes';
import { placeholdersOf, type Catalog } from '../../../../src/lib/i18n/catalog';
import { SEED_REQUEST } from '../seed-fixture';

const CJK = /[\u4e00-\u9fff]/;

const ok = (results: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ImportMsgResult: results, ...extra });
const RESULTS = [
  { MsgSeq: 1, MsgTime: 1620808101, Result: 0 },
  { MsgSeq: 2, MsgTime: 1620892821, Result: 0 },
];
const many = (n: number, prefix: string) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, i]));

/** Answers that between them make every note the reader has. */
const CORPUS: Array<[text: unknown, request?: typeof SEED_REQUEST]> = [
  [42],
  [''],
  ['x'.repeat(1_000_001)],
  ['<html><body>502</body></html>'],
  ['<html><title>Bad Gateway</title></html>'],
  ['{"ActionStatus": "OK",'],
  ['[1, 2]'],
  ['null'],
  ['"text"'],
  ['12'],
  ['true'],
  [`// copied\n${ok(RESULTS)}`, SEED_REQUEST],
  [ok(RESULTS).replace(/\}$/, ',}'), SEED_REQUEST],
  [ok(RESULTS, { RequestId: 'r' }), SEED_REQUEST],
  [ok(RESULTS, many(25, 'k')), SEED_REQUEST],
  [ok([{ ...RESULTS[0], Extra: 1 }, RESULTS[1]]), SEED_REQUEST],
  [ok(RESULTS, { ErrorCode: '0', ErrorInfo: 3 }), SEED_REQUEST],
  [ok(RESULTS, { ErrorCode: 1.5 }), SEED_REQUEST],
  [ok(RESULTS, { ErrorCode: 1e20 }), SEED_REQUEST],
  [JSON.stringify({ ErrorCode: 0 }), SEED_REQUEST],
  [ok(RESULTS, { ActionStatus: 'MAYBE' }), SEED_REQUEST],
  [ok(Array.from({ length: 25 }, () => ({ MsgSeq: 'x', MsgTime: 1, Result: 0 }))), SEED_REQUEST],
  [ok(RESULTS, { ErrorCode: 10010 }), SEED_REQUEST],
  [JSON.stringify({ ActionStatus: 'FAIL', ErrorCode: 0, ErrorInfo: '' }), SEED_REQUEST],
  [JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' }), SEED_REQUEST],
  [JSON.stringify({ ActionStatus: 'FAIL', ErrorCode: 10007, ErrorInfo: 'x' }), SEED_REQUEST],
  [JSON.stringify({ ActionStatus: 'FAIL', ErrorInfo: 'x' }), SEED_REQUEST],
  [ok([RESULTS[0]]), SEED_REQUEST],
  [ok([...RESULTS, { MsgSeq: 3, MsgTime: 1, Result: 0 }]), SEED_REQUEST],
  [ok(Array.from({ length: 120 }, (_, i) => ({ MsgSeq: i + 1, MsgTime: 1, Result: 0 })))],
  [ok([RESULTS[0], 7]), SEED_REQUEST],
  [
    ok([
      { ...RESULTS[0], MsgSeq: 0 },
      { ...RESULTS[1], MsgSeq: 0 },
    ]),
    SEED_REQUEST,
  ],
  [ok([RESULTS[0], { ...RESULTS[1], MsgTime: 5 }]), SEED_REQUEST],
];

function notes(): ResponseNote[] {
  return CORPUS.flatMap(([text, request]) => {
    const report = parseImportResponse(text as string, request);
    return [...report.problems, ...report.rows.flatMap((row) => row.problems)];
  });
}

const messageIds = Object.keys(RESPONSE_EN).filter((id) => !id.startsWith('term.'));

describe('the response catalogs', () => {
  it('zh-CN has exactly the ids of en, with the same placeholders and plural forms', () => {
    expect(Object.keys(RESPONSE_ZH_CN).sort()).toEqual(Object.keys(RESPONSE_EN).sort());
    for (const id of Object.keys(RESPONSE_EN)) {
      const en = (RESPONSE_EN as Catalog)[id];
      const zh = (RESPONSE_ZH_CN as Catalog)[id];
      expect({ id, names: placeholdersOf(zh).sort() }).toEqual({ id, names: placeholdersOf(en).sort() });
      expect({ id, plural: typeof zh }).toEqual({ id, plural: typeof en });
      if (!id.startsWith('term.kind.null') && !id.startsWith('term.received.null')) {
        expect({ id, zh: JSON.stringify(zh) }).toEqual({ id, zh: expect.stringMatching(CJK) });
      }
    }
  });

  it('the corpus makes every note the reader has; each note’s English is its rendered id', () => {
    const made = notes();
    expect(new Set(made.map((note) => note.messageId))).toEqual(
      new Set(messageIds.filter((id) => id !== 'could-not-read' && id !== 'field.other')),
    );
    for (const note of made) expect(responseNoteText(note, 'en')).toBe(note.message);
  });

  it('says every note in Chinese once zh-CN is loaded, with its values and no open placeholder', async () => {
    const made = notes();
    // Before the load: English.
    expect(responseNoteText(made[0], 'zh-CN')).toBe(made[0].message);
    await loadCoreLocale('zh-CN');
    for (const note of made) {
      const zh = responseNoteText(note, 'zh-CN');
      expect(zh, note.messageId).toMatch(CJK);
      expect(zh, note.messageId).not.toMatch(/\{[a-z]+\}|term\.|undefined|NaN/i);
      for (const value of Object.values(note.params)) {
        if (typeof value === 'number') expect(zh, note.messageId).toContain(String(value));
      }
    }
  });

  it('says a JSON problem inside the note in the same language', async () => {
    await loadCoreLocale('zh-CN');
    const [note] = parseImportResponse('{"ActionStatus": "OK",').problems;
    expect(note.messageId).toBe('not-json');
    expect(note.message).toMatch(/^The response is not valid JSON: The text ends at line 1/);
    expect(responseNoteText(note, 'zh-CN')).toMatch(
      /^应答不是有效的 JSON：文本在第 1 行.*这不是即时通信 IM 的应答/,
    );
  });

  it('a row keeps its code, so its explanation can be said again in another language', async () => {
    await loadCoreLocale('zh-CN');
    const report = parseImportResponse(ok([RESULTS[0], { ...RESULTS[1], Result: 10004 }]), SEED_REQUEST);
    const row = report.rows[1];
    expect(row.explanation).toEqual(explainCode(10004, 'message'));
    expect(explainCode(row.explanation!.code, 'message', 'zh-CN').meaning).toMatch(/SendTime/);
    expect(explainCode(row.explanation!.code, 'message', 'zh-CN').meaning).toMatch(CJK);
  });
});

describe('the send failure catalogs', () => {
  it('zh-CN has exactly the ids of en, with the same placeholders, all in Chinese', () => {
    expect(Object.keys(SEND_FAILURES_ZH_CN).sort()).toEqual(Object.keys(SEND_FAILURES_EN).sort());
    for (const id of Object.keys(SEND_FAILURES_EN)) {
      const en = (SEND_FAILURES_EN as Catalog)[id];
      const zh = (SEND_FAILURES_ZH_CN as Catalog)[id];
      expect({ id, names: placeholdersOf(zh).sort() }).toEqual({ id, names: placeholdersOf(en).sort() });
      expect({ id, zh }).toEqual({ id, zh: expect.stringMatching(CJK) });
    }
  });
});
