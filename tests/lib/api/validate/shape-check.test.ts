// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ELEMENT_EXAMPLES, ImportMessageSchema, MESSAGE_EXAMPLE } from '../../../../src/lib/api/schema';
import { compile } from '../../../../src/lib/api/validate/shape-check';
import { validateImportRequest } from '../../../../src/lib/api/validate';
import { NOW, messages, requestText } from './helpers';

const check = compile(z.toJSONSchema(ImportMessageSchema, { target: 'draft-07' }) as never);
const zodAccepts = (value: unknown) => ImportMessageSchema.safeParse(value).success;

/** A message with one value somewhere inside replaced, removed, or an extra key added. */
function mutate(message: unknown, path: number[], replacement: unknown, mode: number): unknown {
  const copy = JSON.parse(JSON.stringify(message)) as unknown;
  let node = copy as Record<string, unknown>;
  for (const step of path) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length];
    const child = node[key];
    if (child === null || typeof child !== 'object' || step % 3 === 0) {
      if (mode === 0) node[key] = replacement;
      else if (mode === 1) delete node[key];
      else node[`${key}x`] = replacement;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  node.extra = replacement;
  return copy;
}

describe('the shape check compiled from the JSON Schema', () => {
  it('accepts the schema’s own examples, with every element type', () => {
    expect(check(MESSAGE_EXAMPLE)).toBe(true);
    for (const element of Object.values(ELEMENT_EXAMPLES)) {
      expect(check({ ...MESSAGE_EXAMPLE, MsgBody: [element] })).toBe(true);
    }
  });

  it('rejects what zod rejects: wrong types, missing fields, unknown keys, out-of-range values', () => {
    const cases: unknown[] = [
      { ...MESSAGE_EXAMPLE, SendTime: '1620808101' },
      { ...MESSAGE_EXAMPLE, SendTime: 1.5 },
      { ...MESSAGE_EXAMPLE, Random: 4294967296 },
      { ...MESSAGE_EXAMPLE, From_Account: undefined },
      { ...MESSAGE_EXAMPLE, MsgBody: [] },
      { ...MESSAGE_EXAMPLE, Extra: 1 },
      { ...MESSAGE_EXAMPLE, MsgBody: [{ MsgType: 'TIMTextElm', MsgContent: { Text: 'x' } }] },
      {
        ...MESSAGE_EXAMPLE,
        MsgBody: [
          { ...ELEMENT_EXAMPLES.TIMLocationElem, MsgContent: { Desc: '', Latitude: 91, Longitude: 0 } },
        ],
      },
      {
        ...MESSAGE_EXAMPLE,
        MsgBody: [
          {
            ...ELEMENT_EXAMPLES.TIMFileElem,
            MsgContent: { ...ELEMENT_EXAMPLES.TIMFileElem.MsgContent, Download_Flag: 1 },
          },
        ],
      },
      null,
      [],
      'message',
    ];
    for (const value of cases) {
      expect(zodAccepts(value)).toBe(false);
      expect(check(value)).toBe(false);
    }
  });

  it('agrees with zod on randomly damaged messages', () => {
    const bases = [
      MESSAGE_EXAMPLE,
      ...Object.values(ELEMENT_EXAMPLES).map((e) => ({ ...MESSAGE_EXAMPLE, MsgBody: [e] })),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.array(fc.nat(20), { minLength: 1, maxLength: 6 }),
        fc.jsonValue(),
        fc.nat(2),
        (base, path, replacement, mode) => {
          const damaged = mutate(base, path, replacement, mode);
          expect(check(damaged)).toBe(zodAccepts(damaged));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses to compile a schema keyword it does not know, so the engine falls back to zod', () => {
    expect(() => compile({ type: 'string', pattern: '^a' })).toThrow(/pattern/);
  });

  it('lets the engine report type errors in long lists (over 7 messages) at each message', () => {
    const list = messages(9);
    (list[8] as Record<string, unknown>).SendTime = 'late';
    const report = validateImportRequest(requestText(list), { now: NOW });
    const rules = report.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.rule} ${d.pointer}`);
    expect(rules).toEqual(['msg-list-count /MsgList', 'field-type /MsgList/8/SendTime']);
  });
});
