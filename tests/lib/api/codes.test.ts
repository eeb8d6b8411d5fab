import { describe, expect, it } from 'vitest';
import { explainCode, KNOWN_CODES } from '../../../src/lib/api/codes';

// Every code of TENCENT-IM.md §6-7 and the seed page, listed by hand so the test runs from a fresh clone.
const SHEET_CODES = [
  0, 10002, 10003, 10004, 10006, 10007, 10010, 10011, 10015, 10019, 10020, 10023, 10026, 10044, 11000, 60002,
  60003, 60004, 60005, 60006, 60007, 60008, 60009, 60010, 60011, 60012, 60013, 60014, 60015, 60016, 60017,
  60018, 60019, 60020, 60021, 70001, 70002, 70003, 70005, 70009, 70013, 70014, 70016, 70020, 70050, 70051,
  70107, 70169, 70202, 70398, 70402, 70403, 70500, 80001, 80002, 80003, 80004, 90001, 90009, 91000, 93000,
];

const RETRYABLE = [
  10002, 10006, 10023, 60007, 60008, 60011, 60014, 60018, 60019, 70050, 70169, 70202, 70500, 80003, 91000,
];

describe('explainCode', () => {
  it.each(SHEET_CODES)('explains %i from the sheet', (code) => {
    const explanation = explainCode(code);
    expect(explanation.code).toBe(code);
    expect(explanation.known).toBe(true);
    expect(explanation.meaning.length).toBeGreaterThan(5);
    expect(explanation.action.length).toBeGreaterThan(5);
  });

  it('lists exactly the sheet codes in KNOWN_CODES, sorted', () => {
    expect(KNOWN_CODES).toEqual([...SHEET_CODES].sort((a, b) => a - b));
  });

  it('marks only rate limits, timeouts and internal errors as retryable, and not when the input must change', () => {
    const retryable = SHEET_CODES.filter((code) => explainCode(code).retryable);
    expect(retryable).toEqual(RETRYABLE);
    expect(explainCode(70001).retryable).toBe(false);
    expect(explainCode(10007).retryable).toBe(false);
  });

  it('puts each code in the category of its range', () => {
    expect(explainCode(0).category).toBe('success');
    expect(explainCode(10010).category).toBe('group service');
    expect(explainCode(11000).category).toBe('group service');
    expect(explainCode(60021).category).toBe('REST API');
    expect(explainCode(70001).category).toBe('account & UserSig');
    expect(explainCode(80002).category).toBe('content check');
    expect(explainCode(93000).category).toBe('message service');
  });

  it('tells what to do for the migration errors', () => {
    expect(explainCode(10007).action).toMatch(/AVChatRoom/);
    expect(explainCode(70001).action).toMatch(/new UserSig/);
    expect(explainCode(60021).action).toMatch(/allow-list/);
    expect(explainCode(10010).action).toMatch(/import_group/);
    expect(explainCode(60007).action).toMatch(/[Bb]ack off/);
  });

  it('explains 10004 as a message Result with the SendTime rules and the import_group fix', () => {
    const onMessage = explainCode(10004, 'message');
    expect(onMessage.meaning).toMatch(/SendTime/);
    expect(onMessage.action).toMatch(/ascending/);
    expect(onMessage.action).toMatch(/earlier than now/);
    expect(onMessage.action).toMatch(/CreateTime/);
    expect(onMessage.action).toMatch(/newest message/);
    expect(onMessage.action).toMatch(/import_group and a CreateTime earlier/);
    expect(explainCode(10004).meaning).toMatch(/Invalid parameter/);
  });

  it('gives message-specific text for 80001 and 80002 but the same flags', () => {
    for (const code of [80001, 80002]) {
      const onMessage = explainCode(code, 'message');
      const onCall = explainCode(code);
      expect(onMessage.meaning).toMatch(/not imported/);
      expect(onMessage.meaning).not.toBe(onCall.meaning);
      expect(onMessage.retryable).toBe(onCall.retryable);
      expect(onMessage.category).toBe(onCall.category);
    }
    expect(explainCode(80002, 'message').action).toMatch(/8,000 bytes/);
  });

  it('uses the call text for codes with no message-specific text', () => {
    expect(explainCode(10010, 'message')).toEqual(explainCode(10010));
  });

  it.each([
    [10999, 'group service'],
    [11500, 'group service'],
    [60099, 'REST API'],
    [79999, 'account & UserSig'],
    [85555, 'content check'],
    [99999, 'message service'],
  ])('answers unknown code %i from its range (%s)', (code, category) => {
    const explanation = explainCode(code);
    expect(explanation).toMatchObject({ code, category, known: false, retryable: false });
    expect(explanation.action).toMatch(/ErrorInfo/);
  });

  it.each([1, 500, 20000, 50000, 100000, 123456789])('answers %i outside every range as unknown', (code) => {
    const explanation = explainCode(code);
    expect(explanation).toMatchObject({ code, category: 'unknown', known: false, retryable: false });
    expect(explanation.meaning).toMatch(/outside the ranges/);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('answers %s clearly without throwing', (code) => {
    const explanation = explainCode(code);
    expect(explanation.known).toBe(false);
    expect(explanation.category).toBe('not a code');
    expect(explanation.meaning).toMatch(/not an IM error code/);
  });

  it('does not treat inherited object keys as codes', () => {
    expect(explainCode('constructor' as unknown as number).category).toBe('not a code');
  });
});
