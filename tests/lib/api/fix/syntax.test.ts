// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyTextEdits, fixAll, fixesFor } from '../../../../src/lib/api/fix';
import { honestyProblems, NOW, fixed } from './helpers';

const MESSAGE =
  '{"From_Account": "a", "SendTime": 1600000000, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]}';

/** Every fix of `rule`, each applied alone to `text` (checked honest), in text order. */
function eachFixed(text: string, rule: string): string[] {
  const fixes = fixesFor(text, { now: NOW }).filter((f) => f.rule === rule);
  for (const fix of fixes) expect(honestyProblems(text, fix)).toEqual([]);
  return fixes.map((fix) => applyTextEdits(text, fix.edits));
}

describe('comments', () => {
  const text = [
    '// the request',
    '{',
    '  /* group */ "GroupId": "g1", // trailing',
    '  "MsgList": [ /* inline */',
    `    ${MESSAGE}, // the only message`,
    '    /* a block',
    '       over lines */',
    '  ]',
    '}',
    '// the end',
  ].join('\n');

  it('removes each comment with the blanks or the line it leaves empty', () => {
    const drop = (line: number, replacement?: string) => {
      const lines = text.split('\n');
      if (replacement === undefined) lines.splice(line, 1);
      else lines[line] = replacement;
      return lines.join('\n');
    };
    expect(eachFixed(text, 'json-comment')).toEqual([
      drop(0),
      drop(2, '  "GroupId": "g1", // trailing'),
      drop(2, '  /* group */ "GroupId": "g1",'),
      drop(3, '  "MsgList": ['),
      drop(4, `    ${MESSAGE},`),
      text.replace('    /* a block\n       over lines */\n', ''),
      // The last line goes; the line break before it stays, ending the text as files usually end.
      text.replace('// the end', ''),
    ]);
  });

  it('all together leave the same request as strict JSON', () => {
    const result = fixAll(text, { now: NOW }).text;
    expect(result).toBe(`{\n  "GroupId": "g1",\n  "MsgList": [\n    ${MESSAGE}\n  ]\n}\n`);
    expect(JSON.parse(result)).toEqual(JSON.parse(`{"GroupId": "g1", "MsgList": [${MESSAGE}]}`));
  });

  it('keeps CRLF line breaks', () => {
    const crlf = `{\r\n  // note\r\n  "GroupId": "g1",\r\n  "MsgList": [${MESSAGE}]\r\n}`;
    expect(fixed(crlf, 'json-comment')).toBe(`{\r\n  "GroupId": "g1",\r\n  "MsgList": [${MESSAGE}]\r\n}`);
  });
});

describe('trailing commas', () => {
  it('removes the comma, its line when it stands alone, and the blanks it leaves at a line end', () => {
    const text = `{\n  "GroupId": "g1",   \n  "MsgList": [\n    ${MESSAGE}\n    ,\n  ],\n}`;
    expect(eachFixed(text, 'json-trailing-comma')).toEqual([
      `{\n  "GroupId": "g1",   \n  "MsgList": [\n    ${MESSAGE}\n  ],\n}`,
      `{\n  "GroupId": "g1",   \n  "MsgList": [\n    ${MESSAGE}\n    ,\n  ]\n}`,
    ]);
  });

  it('leaves a comment after the comma where it is', () => {
    const text = `{"GroupId": "g1", "MsgList": [${MESSAGE}, // last\n]}`;
    expect(fixed(text, 'json-trailing-comma')).toBe(`{"GroupId": "g1", "MsgList": [${MESSAGE} // last\n]}`);
  });
});

describe('repeated keys', () => {
  it('keeps the last and removes every earlier one with its comma and its own comment', () => {
    const text = [
      '{',
      '  "GroupId": "first", // not this one',
      '  "MsgList": [' + MESSAGE + '],',
      '  "GroupId": "second",',
      '  /* keep */ "GroupId": "third"',
      '}',
    ].join('\n');
    const expected = ['{', '  "MsgList": [' + MESSAGE + '],', '  /* keep */ "GroupId": "third"', '}'].join(
      '\n',
    );
    const fixes = fixesFor(text, { now: NOW }).filter((f) => f.rule === 'json-duplicate-key');
    // Two findings (the 2nd and 3rd GroupId), one fix: the same edits, removing both earlier members.
    expect(fixes).toHaveLength(2);
    expect(fixes[0].edits).toBe(fixes[1].edits);
    expect(fixes[0].title).toBe('Keep the last "GroupId" and remove the earlier 2');
    for (const fix of fixes) expect(honestyProblems(text, fix)).toEqual([]);
    expect(applyTextEdits(text, fixes[0].edits)).toBe(expected);
  });

  it('inside a message, on one line', () => {
    const text = `{"GroupId": "g1", "MsgList": [{"SendTime": 1, "From_Account": "a", "SendTime": 1600000000, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]}]}`;
    expect(fixed(text, 'json-duplicate-key', '/MsgList/0/SendTime')).toBe(
      text.replace('"SendTime": 1, ', ''),
    );
  });

  it('where the value kept ends the object, the comma before the removed one stays right', () => {
    const text = `{\n  "MsgList": [${MESSAGE}],\n  "GroupId": "a",\n  "GroupId": "b"\n}`;
    expect(fixed(text, 'json-duplicate-key')).toBe(`{\n  "MsgList": [${MESSAGE}],\n  "GroupId": "b"\n}`);
  });
});
