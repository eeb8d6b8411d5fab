/** Generators of hostile input shared by the abuse suite: what an attacker (or an unlucky export) would send. */
import fc from 'fast-check';

/** Strings chosen to break readers, displays and generated code. */
export const HOSTILE_STRINGS = [
  '__proto__',
  'constructor',
  'prototype',
  '\ufeff',
  '\u0000',
  '\u001b[31m',
  '\r\n',
  '\t',
  '\u202e\u2066',
  '\u200b',
  '\u2028\u2029',
  '\ud800',
  '\udfff',
  '🧧',
  "'; rm -rf / #",
  '$(id)`id`${x}',
  '%s%n%%\\c\\0\\x41',
  '"}]},{"GroupId":"x',
  '</script><script>alert(1)</script>',
  '<title>',
  '../../etc/passwd',
  '-v x',
  '@/etc/passwd',
  '?usersig=leak&user%73ig=leak;usersig=leak',
  'x'.repeat(300),
] as const;

export const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: fc.constantFrom(...HOSTILE_STRINGS), maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A JSON value whose keys and strings are hostile, `__proto__` keys included (written as own keys). */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(-0)),
    fc.constantFrom(true, false, null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(
        fc.tuple(fc.oneof(hostileString, fc.constantFrom('__proto__', 'GroupId', 'MsgList')), tie('value')),
        {
          maxLength: 4,
        },
      )
      .map((entries) => {
        const object: Record<string, unknown> = {};
        // defineProperty: `object[key] = value` would set the prototype for `__proto__`.
        for (const [key, value] of entries)
          Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        return object;
      }),
  ),
})).value;

/** A valid-looking request with hostile values and structure mixed in. */
export const hostileRequest = fc
  .record({
    GroupId: fc.oneof(fc.constant('@TGS#2C5SZEAEF'), fc.constant('@TGS#_x'), hostileString),
    extra: fc.option(fc.tuple(hostileString, hostileJson), { nil: undefined }),
    messages: fc.array(
      fc.record({
        From_Account: fc.oneof(fc.constant('leckie'), hostileString),
        SendTime: fc.oneof(
          fc.integer({ min: 1_500_000_000, max: 1_700_000_000 }),
          fc.constant(-0),
          hostileJson,
        ),
        Text: hostileString,
        proto: fc.boolean(),
      }),
      { minLength: 0, maxLength: 9 },
    ),
  })
  .map(({ GroupId, extra, messages }) => {
    const list = messages.map((m) => {
      const message: Record<string, unknown> = {
        From_Account: m.From_Account,
        SendTime: m.SendTime,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: m.Text } }],
      };
      if (m.proto) {
        Object.defineProperty(message, '__proto__', {
          value: { From_Account: 'mallory', SendTime: 1 },
          enumerable: true,
        });
      }
      return message;
    });
    const request: Record<string, unknown> = { GroupId, MsgList: list };
    if (extra) Object.defineProperty(request, extra[0], { value: extra[1], enumerable: true });
    return request;
  });

/** Ways a text gets damaged on its way to a reader: cut, doubled, wrapped in a BOM or comments, junk added. */
export function damaged(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    text,
    fc.tuple(text, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
    text.map((t) => `\ufeff${t}`),
    text.map((t) => `// pasted\n${t.replace(/,/g, ',/* c */')}`),
    text.map((t) => t.replace(/}/g, ',}')),
    fc.tuple(text, hostileString, fc.nat()).map(([t, junk, n]) => {
      const at = n % (t.length + 1);
      return t.slice(0, at) + junk + t.slice(at);
    }),
    fc.tuple(text, fc.integer({ min: 1, max: 3000 })).map(([t, depth]) => {
      const at = t.indexOf('[');
      return at === -1 ? t : `${t.slice(0, at)}${'['.repeat(depth)}${t.slice(at)}${']'.repeat(depth)}`;
    }),
  );
}
