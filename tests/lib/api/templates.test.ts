// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ELEMENT_EXAMPLES,
  MSG_TYPES,
  MsgElementSchema,
  ImportMessageSchema,
  ImportRequestSchema,
} from '../../../src/lib/api/schema';
import { TEMPLATES, findTemplate, nextMessage } from '../../../src/lib/api/templates';
import { validateImportRequest } from '../../../src/lib/api/validate';

const NOW = 1_700_000_000;

describe('TEMPLATES', () => {
  it('one per element type, a message and a whole request, with unique ids', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([...MSG_TYPES, 'message', 'request']);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES) {
      expect(t.label.length).toBeGreaterThan(0);
      expect(t.description.length).toBeGreaterThan(10);
    }
    expect(TEMPLATES.filter((t) => t.kind === 'element')).toHaveLength(8);
  });

  it('every template validates against its schema', () => {
    for (const t of TEMPLATES) {
      const schema = {
        element: MsgElementSchema,
        message: ImportMessageSchema,
        request: ImportRequestSchema,
      }[t.kind];
      const result = schema.safeParse(t.value);
      expect(result.success, `${t.id}: ${result.error?.message}`).toBe(true);
    }
  });

  it('the request template passes the validator with no error; each element inside a message too', () => {
    const request = findTemplate('request')!;
    expect(validateImportRequest(JSON.stringify(request.value, null, 2), { now: NOW }).ok).toBe(true);
    const message = findTemplate('message')!.value as Record<string, unknown>;
    for (const t of TEMPLATES.filter((x) => x.kind === 'element')) {
      const text = JSON.stringify({ GroupId: 'my-group', MsgList: [{ ...message, MsgBody: [t.value] }] });
      const report = validateImportRequest(text, { now: NOW });
      expect(
        report.diagnostics.filter((d) => d.severity === 'error'),
        t.id,
      ).toEqual([]);
      const warned = report.diagnostics.some((d) => d.rule === 'msg-type-undocumented');
      expect(warned, t.id).toBe(t.description.includes('not documented'));
    }
  });

  it('values are copies of the schema examples, not the examples themselves', () => {
    for (const type of MSG_TYPES) {
      const value = findTemplate(type)!.value;
      expect(value).toEqual(ELEMENT_EXAMPLES[type]);
      expect(value).not.toBe(ELEMENT_EXAMPLES[type]);
    }
    expect(findTemplate('nope')).toBeUndefined();
  });
});

describe('nextMessage', () => {
  it('same sender, SendTime + 1, the given Random, a text element', () => {
    const previous = { From_Account: 'peter', SendTime: 1620892821, Random: 1, MsgBody: [] };
    const next = nextMessage(previous, 42);
    expect(next).toMatchObject({ From_Account: 'peter', SendTime: 1620892822, Random: 42 });
    expect(next.MsgBody).toEqual([{ MsgType: 'TIMTextElem', MsgContent: { Text: expect.any(String) } }]);
    expect(ImportMessageSchema.safeParse(next).success).toBe(true);
  });

  it('appended after the last message, the request stays valid', () => {
    const request = structuredClone(findTemplate('request')!.value) as { MsgList: unknown[] };
    for (let i = 0; i < 5; i++) request.MsgList.push(nextMessage(request.MsgList.at(-1), 1000 + i));
    const report = validateImportRequest(JSON.stringify(request), { now: NOW });
    expect(report.ok).toBe(true);
    expect(report.diagnostics.filter((d) => d.rule === 'random-duplicate')).toEqual([]);
  });

  it('without a usable previous message, starts from the message template', () => {
    const template = findTemplate('message')!.value as { From_Account: string; SendTime: number };
    for (const previous of [undefined, null, 5, 'x', {}, { From_Account: 7, SendTime: 1.5 }]) {
      const next = nextMessage(previous, 9);
      expect(next).toMatchObject({
        From_Account: template.From_Account,
        SendTime: template.SendTime,
        Random: 9,
      });
    }
  });
});
