import { describe, expect, it } from 'vitest';
import { parse, parseTree, findNodeAtLocation, type ParseError } from 'jsonc-parser';
import {
  applyTextEdits,
  completionText,
  detectFormatting,
  insertionKindAt,
  lineAndColumn,
  messageBefore,
  planNextMessage,
  planTemplateInsertion,
  type InsertionPlan,
} from '../../../src/lib/snippets';

// The seed page's sample, comments included: insertion must keep them.
const SEED = `{
    "GroupId": "@TGS#2C5SZEAEF",
    "RecentContactFlag":1,// Means to trigger conversation update
    "MsgList": [
        {
            "From_Account": "leckie", // Message sender
            "SendTime":1620808101,
            "Random": 8912345, // Random number of the message (optional)
            "MsgBody": [ // Message body
                {
                    "MsgType": "TIMTextElem", // Text
                    "MsgContent":{
                        "Text": "red packet"
                    }
                }
            ]
        },
        {
            "From_Account": "peter", // Message sender
            "SendTime":1620892821,
            "MsgBody": [
                {
                    "MsgType": "TIMTextElem", // Text
                    "MsgContent":{
                        "Text": "red packet"
                    }
                }
            ]
        }

    ]
}`;

const textElement = {
  id: 'text',
  kind: 'element' as const,
  value: { MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } },
};
const message = {
  id: 'message',
  kind: 'message' as const,
  value: { From_Account: 'amy', SendTime: 1620900000, MsgBody: [textElement.value] },
};
const request = {
  id: 'request',
  kind: 'request' as const,
  value: { GroupId: '@TGS#2X', MsgList: [message.value] },
};

function parseStrict(text: string): unknown {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: false });
  expect(errors).toEqual([]);
  return value;
}

function applied(text: string, plan: InsertionPlan): string {
  if (!plan.ok) throw new Error(plan.message);
  return applyTextEdits(text, plan.edits);
}

type Req = { MsgList: { From_Account: string; SendTime: number; Random?: number; MsgBody: unknown[] }[] };

describe('planTemplateInsertion: elements', () => {
  it('puts an element into the MsgBody of the message under the cursor', () => {
    const cursor = SEED.indexOf('"leckie"');
    const after = applied(SEED, planTemplateInsertion(SEED, cursor, textElement));
    const value = parseStrict(after.replace(/\/\/[^\n]*/g, '')) as Req;
    expect(value.MsgList[0].MsgBody).toHaveLength(2);
    expect(value.MsgList[0].MsgBody[1]).toEqual(textElement.value);
    expect(value.MsgList[1].MsgBody).toHaveLength(1);
    expect(after).toContain('// Message sender');
    expect(after).toContain('// Random number of the message (optional)');
  });

  it('uses the last message when the cursor is outside every message', () => {
    const after = applied(SEED, planTemplateInsertion(SEED, 3, textElement));
    const value = parseStrict(after.replace(/\/\/[^\n]*/g, '')) as Req;
    expect(value.MsgList[0].MsgBody).toHaveLength(1);
    expect(value.MsgList[1].MsgBody).toHaveLength(2);
  });

  it('reports where the inserted element now stands', () => {
    const plan = planTemplateInsertion(SEED, 3, textElement);
    const after = applied(SEED, plan);
    if (!plan.ok) throw new Error('plan failed');
    const node = findNodeAtLocation(parseTree(after)!, ['MsgList', 1, 'MsgBody', 1])!;
    expect(plan.focus).toEqual({ offset: node.offset, length: node.length });
    expect(JSON.parse(after.slice(plan.focus.offset, plan.focus.offset + plan.focus.length))).toEqual(
      textElement.value,
    );
  });

  it('fills an empty MsgBody and creates a missing one', () => {
    const empty = '{"MsgList": [{"From_Account": "a", "SendTime": 1, "MsgBody": []}]}';
    expect(
      (parseStrict(applied(empty, planTemplateInsertion(empty, 0, textElement))) as Req).MsgList[0],
    ).toEqual({
      From_Account: 'a',
      SendTime: 1,
      MsgBody: [textElement.value],
    });
    const missing = '{"MsgList": [{"From_Account": "a", "SendTime": 1}]}';
    const plan = planTemplateInsertion(missing, 0, textElement);
    expect((parseStrict(applied(missing, plan)) as Req).MsgList[0].MsgBody).toEqual([textElement.value]);
  });

  it('refuses with a clear message when there is no message, or the text does not parse', () => {
    const noMessages = planTemplateInsertion('{"GroupId": "g", "MsgList": []}', 0, textElement);
    expect(noMessages).toEqual({
      ok: false,
      message: expect.stringMatching(/insert a message first/),
      problem: { id: 'insert.noMessage' },
    });
    const broken = '{"MsgList": [ {"From_Account": "a",, } ]';
    const plan = planTemplateInsertion(broken, 5, textElement);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(/not valid JSON yet .* line 1, column \d+.*not changed/);
  });

  it('refuses when the message or its MsgBody has the wrong shape', () => {
    const notObject = planTemplateInsertion('{"MsgList": [42]}', 0, textElement);
    expect(notObject).toEqual({
      ok: false,
      message: expect.stringMatching(/Message 1 is not an object/),
      problem: { id: 'insert.messageNotObject', params: { n: 1 } },
    });
    const bodyString = planTemplateInsertion('{"MsgList": [{"MsgBody": "x"}]}', 0, textElement);
    expect(bodyString).toEqual({
      ok: false,
      message: expect.stringMatching(/MsgBody of message 1 is not an array/),
      problem: { id: 'insert.msgBodyNotArray', params: { n: 1 } },
    });
  });
});

describe('planTemplateInsertion: messages and requests', () => {
  it('appends a message to MsgList, keeping the comments', () => {
    const after = applied(SEED, planTemplateInsertion(SEED, 0, message));
    const value = parseStrict(after.replace(/\/\/[^\n]*/g, '')) as Req;
    expect(value.MsgList).toHaveLength(3);
    expect(value.MsgList[2]).toEqual(message.value);
    expect(after).toContain('// Means to trigger conversation update');
  });

  it('creates MsgList when missing and refuses on non-objects, empty text and bad MsgList', () => {
    const created = applied('{"GroupId": "g"}', planTemplateInsertion('{"GroupId": "g"}', 0, message));
    expect(parseStrict(created)).toEqual({ GroupId: 'g', MsgList: [message.value] });
    expect(planTemplateInsertion('[1]', 0, message)).toEqual({
      ok: false,
      message: expect.stringMatching(/not a JSON object/),
      problem: { id: 'insert.notObject' },
    });
    expect(planTemplateInsertion('  ', 0, message)).toEqual({
      ok: false,
      message: expect.stringMatching(/empty: insert a whole request first/),
      problem: { id: 'insert.emptyDocument' },
    });
    expect(planTemplateInsertion('{"MsgList": {}}', 0, message)).toEqual({
      ok: false,
      message: expect.stringMatching(/MsgList is not an array/),
      problem: { id: 'insert.msgListNotArray' },
    });
  });

  it('fills an empty document with a request without asking', () => {
    const plan = planTemplateInsertion('\n', 0, request);
    expect(plan.ok && plan.replacesDocument).toBe(false);
    expect(parseStrict(applied('\n', plan))).toEqual(request.value);
  });

  it('marks a request over existing text as a replacement to confirm, in the document indentation', () => {
    const plan = planTemplateInsertion(SEED, 0, request);
    if (!plan.ok) throw new Error('plan failed');
    expect(plan.replacesDocument).toBe(true);
    expect(plan.edits).toEqual([
      { offset: 0, length: SEED.length, text: expect.stringContaining('    "GroupId"') },
    ]);
  });
});

describe('planNextMessage', () => {
  const next = (previous: { From_Account: string; SendTime: number } | undefined, random: number) => ({
    From_Account: previous?.From_Account ?? 'user',
    SendTime: (previous?.SendTime ?? 0) + 1,
    Random: random,
    MsgBody: [],
  });

  it('continues from the last message with the given Random', () => {
    const after = applied(SEED, planNextMessage(SEED, 77, next));
    const value = parseStrict(after.replace(/\/\/[^\n]*/g, '')) as Req;
    expect(value.MsgList[2]).toEqual({
      From_Account: 'peter',
      SendTime: 1620892822,
      Random: 77,
      MsgBody: [],
    });
  });

  it('passes undefined when there is no message, and refuses unparseable text', () => {
    const after = applied('{"MsgList": []}', planNextMessage('{"MsgList": []}', 5, next));
    expect((parseStrict(after) as Req).MsgList[0].From_Account).toBe('user');
    expect(planNextMessage('{"MsgList": [', 5, next)).toEqual({
      ok: false,
      message: expect.stringMatching(/not valid JSON yet/),
      problem: { id: 'insert.notJson', params: { error: expect.any(String), line: 1, column: 14 } },
    });
  });
});

describe('insertionKindAt and completionText', () => {
  it('knows element slots, message slots and empty documents', () => {
    const bodySlot = SEED.indexOf('"MsgBody": [ // Message body') + '"MsgBody": ['.length;
    expect(insertionKindAt(SEED, bodySlot)).toBe('element');
    const listSlot = SEED.lastIndexOf('}', SEED.lastIndexOf(']')) + 1;
    expect(insertionKindAt(SEED, listSlot)).toBe('message');
    expect(insertionKindAt(SEED, SEED.indexOf('"leckie"') + 2)).toBeUndefined();
    expect(insertionKindAt(SEED, 1)).toBeUndefined();
    expect(insertionKindAt('  ', 1)).toBe('request');
  });

  it('scans only what is before the cursor', () => {
    const listSlot = SEED.lastIndexOf('}', SEED.lastIndexOf(']')) + 1;
    expect(insertionKindAt(SEED.slice(0, listSlot), listSlot)).toBe('message');
    const bodySlot = SEED.indexOf('"MsgBody": [ // Message body') + '"MsgBody": ['.length;
    expect(insertionKindAt(SEED.slice(0, bodySlot), bodySlot)).toBe('element');
  });

  it('finds the complete message before a cursor in MsgList', () => {
    const listSlot = SEED.lastIndexOf('}', SEED.lastIndexOf(']')) + 1;
    expect(messageBefore(SEED.slice(0, listSlot))).toMatchObject({
      From_Account: 'peter',
      SendTime: 1620892821,
    });
    const secondStart = SEED.indexOf('"peter"') - 40;
    expect(messageBefore(SEED.slice(0, secondStart))).toMatchObject({ From_Account: 'leckie' });
    expect(messageBefore('{"MsgList": [')).toBeUndefined();
    expect(messageBefore('[')).toBeUndefined();
  });

  it('adds the commas needed between neighbours and keeps the line indentation', () => {
    const text = '{"MsgBody": [\n  {"a": 1}\n  \n]}';
    const offset = text.indexOf('\n  \n') + 3;
    expect(completionText(text, offset, { b: 2 })).toBe(',{\n    "b": 2\n  }');
    const before = '{"MsgBody": [\n  \n  {"a": 1}]}';
    expect(completionText(before, before.indexOf('\n  \n') + 3, { b: 2 })).toBe('{\n    "b": 2\n  },');
    expect(completionText('[]', 1, 1)).toBe('1');
  });

  it('detects indentation and reports line and column', () => {
    expect(detectFormatting(SEED)).toMatchObject({ insertSpaces: true, tabSize: 4 });
    expect(detectFormatting('{\n\t"a": 1\n}')).toMatchObject({ insertSpaces: false });
    expect(detectFormatting('{}')).toMatchObject({ insertSpaces: true, tabSize: 2 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
