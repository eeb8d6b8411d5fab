// @vitest-environment node
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  ImportResponseSchema,
  MAX_RESPONSE_ROWS,
  parseImportResponse,
  type ResponseReport,
} from '../../../src/lib/api/response';
import { MAX_RESPONSE_BYTES } from '../../../src/lib/api/facts';
import type { ResponseNote } from '../../../src/lib/api/response-notes';
import { SEED_REQUEST } from './seed-fixture';

/** The notes' English texts. */
const said = (notes: readonly ResponseNote[]) => notes.map((note) => note.message);

// The seed page's sample response, exactly as printed (trailing comma included).
const SEED_RESPONSE = `{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "ImportMsgResult": [
        {
            "MsgSeq": 1,
            "MsgTime": 1620808101,
            "Result": 0
        },
        {
            "MsgSeq": 2,
            "MsgTime": 1620892821,
            "Result": 0
        },
    ]
}`;

type Result = { MsgSeq?: unknown; MsgTime?: unknown; Result?: unknown; [key: string]: unknown };
function response(results: Result[] | undefined, top: Record<string, unknown> = {}): string {
  return JSON.stringify({
    ActionStatus: 'OK',
    ErrorInfo: '',
    ErrorCode: 0,
    ImportMsgResult: results,
    ...top,
  });
}
const GOOD_RESULTS = [
  { MsgSeq: 1, MsgTime: 1620808101, Result: 0 },
  { MsgSeq: 2, MsgTime: 1620892821, Result: 0 },
];
const NOT_IM = /not an IM response.*Check the host/;

describe('parseImportResponse on the seed sample', () => {
  it('joins the sample response to the sample request', () => {
    const report = parseImportResponse(SEED_RESPONSE, SEED_REQUEST);
    expect(report.ok).toBe(true);
    expect(report.status).toBe('OK');
    expect(report.error).toBeUndefined();
    expect(said(report.problems)).toHaveLength(1);
    expect(said(report.problems)[0]).toMatch(/trailing commas.*real servers never send them/);
    expect(report.response?.ImportMsgResult).toEqual(GOOD_RESULTS);
    expect(report.rows.map(({ explanation, ...row }) => ({ ...row, code: explanation?.code }))).toEqual([
      {
        index: 0,
        message: { From_Account: 'leckie', SendTime: 1620808101 },
        MsgSeq: 1,
        MsgTime: 1620808101,
        Result: 0,
        code: 0,
        problems: [],
      },
      {
        index: 1,
        message: { From_Account: 'peter', SendTime: 1620892821 },
        MsgSeq: 2,
        MsgTime: 1620892821,
        Result: 0,
        code: 0,
        problems: [],
      },
    ]);
    expect(report.rows[0].explanation?.meaning).toMatch(/imported/);
  });

  it('reads the sample without a request: rows carry no message', () => {
    const report = parseImportResponse(SEED_RESPONSE);
    expect(report.ok).toBe(true);
    expect(report.rows.map((row) => [row.message, row.MsgSeq])).toEqual([
      [undefined, 1],
      [undefined, 2],
    ]);
  });
});

describe('parseImportResponse on text that is not an IM response', () => {
  function failsWith(report: ResponseReport, message: RegExp) {
    expect(report.ok).toBe(false);
    expect(report.rows).toEqual([]);
    expect(said(report.problems).join(' ')).toMatch(message);
  }

  it.each(['', '  \n\t'])('says empty text %j is not an IM response', (text) => {
    failsWith(parseImportResponse(text, SEED_REQUEST), /empty/);
    failsWith(parseImportResponse(text), NOT_IM);
  });

  it('says an HTML page is not an IM response and shows its title', () => {
    const html =
      '\n<!DOCTYPE html><html><head><title>502 Bad\n Gateway</title></head><body>nginx</body></html>';
    failsWith(parseImportResponse(html, SEED_REQUEST), /HTML page \("502 Bad Gateway"\), not JSON/);
    failsWith(parseImportResponse('<html><body>x</body></html>'), /HTML page, not JSON.*Check the host/);
  });

  it('refuses a response over MAX_RESPONSE_BYTES and skips the join', () => {
    const padded = (bytes: number) => {
      const text = response(GOOD_RESULTS);
      return text + ' '.repeat(bytes - text.length);
    };
    expect(parseImportResponse(padded(MAX_RESPONSE_BYTES), SEED_REQUEST).ok).toBe(true);
    failsWith(
      parseImportResponse(padded(MAX_RESPONSE_BYTES + 1), SEED_REQUEST),
      /1,000,001 bytes, over the 1,000,000/,
    );
  });

  it('counts bytes, not characters, against the limit', () => {
    const text = response(GOOD_RESULTS, { ErrorInfo: '红'.repeat(340_000) }); // 1,020,000 bytes, ~340,000 characters
    failsWith(parseImportResponse(text, SEED_REQUEST), /over the 1,000,000-byte limit/);
  });

  it('says where JSON is broken', () => {
    failsWith(
      parseImportResponse('{"ActionStatus": OK}'),
      /not valid JSON: Unexpected "O" at line 1, column 18/,
    );
    failsWith(parseImportResponse('{\n"ErrorCode": 0\n"x": 1}'), /Expected "," or "}" at line 3, column 1/);
    failsWith(parseImportResponse('502 Bad Gateway'), NOT_IM);
  });

  it.each([
    ['[]', /an array/],
    ['null', /null/],
    ['42', /a number/],
    ['"OK"', /a string/],
  ])('refuses %s, which is not an object', (text, kind) => {
    failsWith(parseImportResponse(text), kind);
    failsWith(parseImportResponse(text), NOT_IM);
  });

  it('answers input that is not text without throwing', () => {
    failsWith(parseImportResponse(undefined as unknown as string), /not text/);
  });
});

describe('parseImportResponse on odd but readable responses', () => {
  it('reads comments with a note', () => {
    const report = parseImportResponse(`// copied\n${response(GOOD_RESULTS)}`, SEED_REQUEST);
    expect(report.ok).toBe(true);
    expect(said(report.problems)).toEqual([expect.stringMatching(/comments: real servers never send them/)]);
  });

  it('reads a byte order mark and ErrorDisplay without a problem', () => {
    const report = parseImportResponse(`\ufeff${response(GOOD_RESULTS, { ErrorDisplay: '' })}`, SEED_REQUEST);
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.response?.ErrorDisplay).toBe('');
  });

  it('notes unknown fields without failing', () => {
    const results = [{ ...GOOD_RESULTS[0], Extra: 1 }, GOOD_RESULTS[1]];
    const report = parseImportResponse(response(results, { RequestId: 'abc' }), SEED_REQUEST);
    expect(report.ok).toBe(true);
    expect(said(report.problems)).toEqual([expect.stringMatching(/Unknown field "RequestId".*ignored/)]);
    expect(said(report.rows[0].problems)).toEqual([expect.stringMatching(/Unknown field "Extra".*ignored/)]);
  });
});

describe('parseImportResponse on failures', () => {
  it('explains a failed call and lists every message without a result', () => {
    const text = JSON.stringify({ ActionStatus: 'FAIL', ErrorCode: 10007, ErrorInfo: 'no permission' });
    const report = parseImportResponse(text, SEED_REQUEST);
    expect(report).toMatchObject({ ok: false, status: 'FAIL', problems: [] });
    expect(report.error).toMatchObject({ code: 10007, known: true });
    expect(report.error?.action).toMatch(/AVChatRoom/);
    expect(report.rows.map((row) => [row.message?.From_Account, row.Result, said(row.problems)])).toEqual([
      ['leckie', undefined, ['No result: the whole call failed (ErrorCode 10007).']],
      ['peter', undefined, ['No result: the whole call failed (ErrorCode 10007).']],
    ]);
  });

  it('reports ActionStatus and ErrorCode that disagree', () => {
    const okButCode = parseImportResponse(response(GOOD_RESULTS, { ErrorCode: 10010 }), SEED_REQUEST);
    expect(okButCode.ok).toBe(false);
    expect(okButCode.error?.code).toBe(10010);
    expect(said(okButCode.problems)).toEqual([
      expect.stringMatching(/ActionStatus is OK but ErrorCode is 10010/),
    ]);
    const failButZero = parseImportResponse(response(GOOD_RESULTS, { ActionStatus: 'FAIL' }), SEED_REQUEST);
    expect(failButZero.ok).toBe(false);
    expect(failButZero.error).toBeUndefined();
    expect(said(failButZero.problems)).toEqual([
      expect.stringMatching(/ActionStatus is FAIL but ErrorCode is 0/),
    ]);
  });

  it('explains a per-message 10004 with the SendTime rules and fails the report', () => {
    const results = [GOOD_RESULTS[0], { MsgSeq: 0, MsgTime: 1620892821, Result: 10004 }];
    const report = parseImportResponse(response(results), SEED_REQUEST);
    expect(report.ok).toBe(false);
    expect(said(report.problems)).toEqual([]);
    expect(said(report.rows[1].problems)).toEqual([]); // a failed message gets no sequence check
    expect(report.rows[1].explanation?.action).toMatch(/import_group and a CreateTime earlier/);
  });

  it('reports fields of the wrong type and keeps what it can read', () => {
    const report = parseImportResponse(response(GOOD_RESULTS, { ErrorCode: '0' }), SEED_REQUEST);
    expect(report.ok).toBe(false);
    expect(report.response).toBeUndefined();
    expect(said(report.problems)).toEqual([expect.stringMatching(/^ErrorCode: .*number/)]);
    expect(report.rows.map((row) => row.MsgSeq)).toEqual([1, 2]);
  });

  it('reports a missing ImportMsgResult on an OK call', () => {
    const report = parseImportResponse(response(undefined), SEED_REQUEST);
    expect(report.ok).toBe(false);
    expect(said(report.problems)).toEqual([expect.stringMatching(/ImportMsgResult is missing/)]);
  });

  it('reports a result that is not an object', () => {
    const report = parseImportResponse(response([GOOD_RESULTS[0], 7 as unknown as Result]), SEED_REQUEST);
    expect(report.ok).toBe(false);
    expect(said(report.problems)).toEqual([expect.stringMatching(/^ImportMsgResult\[1\]: /)]);
    expect(said(report.rows[1].problems)).toEqual(['ImportMsgResult[1] is not an object.']);
  });
});

describe('parseImportResponse joining results to messages', () => {
  it('reports fewer results than messages', () => {
    const report = parseImportResponse(response([GOOD_RESULTS[0]]), SEED_REQUEST);
    expect(report.ok).toBe(false);
    expect(said(report.problems)).toEqual([expect.stringMatching(/1 result\(s\) for 2 message\(s\)/)]);
    expect(report.rows[1]).toMatchObject({ message: { From_Account: 'peter' } });
    expect(said(report.rows[1].problems)).toEqual([expect.stringMatching(/No result/)]);
  });

  it('reports more results than messages', () => {
    const results = [...GOOD_RESULTS, { MsgSeq: 3, MsgTime: 1620892822, Result: 0 }];
    const report = parseImportResponse(response(results), SEED_REQUEST);
    expect(said(report.problems)).toEqual([expect.stringMatching(/3 result\(s\) for 2 message\(s\)/)]);
    expect(report.rows).toHaveLength(3);
    expect(report.rows[2]).toMatchObject({ message: undefined, MsgSeq: 3 });
    expect(said(report.rows[2].problems)).toEqual([expect.stringMatching(/No message at this position/)]);
  });

  it('reports MsgSeq that does not strictly increase, or starts below 1', () => {
    const results = [
      { MsgSeq: 5, MsgTime: 1620808101, Result: 0 },
      { MsgSeq: 5, MsgTime: 1620892821, Result: 0 },
    ];
    const report = parseImportResponse(response(results), SEED_REQUEST);
    expect(said(report.rows[0].problems)).toEqual([]);
    expect(said(report.rows[1].problems)).toEqual([
      expect.stringMatching(/MsgSeq 5 is not greater than the previous 5/),
    ]);
    const zero = parseImportResponse(
      response([{ ...GOOD_RESULTS[0], MsgSeq: 0 }, GOOD_RESULTS[1]]),
      SEED_REQUEST,
    );
    expect(said(zero.rows[0].problems)).toEqual([expect.stringMatching(/below 1/)]);
  });

  it("reports a MsgTime that differs from the request's SendTime", () => {
    const results = [GOOD_RESULTS[0], { ...GOOD_RESULTS[1], MsgTime: 1620892820 }];
    const report = parseImportResponse(response(results), SEED_REQUEST);
    expect(said(report.rows[1].problems)).toEqual([
      expect.stringMatching(/MsgTime 1620892820 differs from the request's SendTime 1620892821/),
    ]);
    expect(said(report.rows[0].problems)).toEqual([]);
  });
});

describe('ImportResponseSchema', () => {
  it('documents every field', () => {
    const json = z.toJSONSchema(ImportResponseSchema) as {
      description?: string;
      properties: Record<string, { description?: string; items?: { properties: Record<string, object> } }>;
    };
    expect(json.description).toBeTruthy();
    expect(Object.keys(json.properties)).toEqual([
      'ActionStatus',
      'ErrorCode',
      'ErrorInfo',
      'ErrorDisplay',
      'ImportMsgResult',
    ]);
    for (const field of Object.values(json.properties)) expect(field.description).toBeTruthy();
    const items = json.properties.ImportMsgResult.items?.properties ?? {};
    expect(Object.keys(items)).toEqual(['MsgSeq', 'MsgTime', 'Result']);
    for (const field of Object.values(items)) expect(field).toHaveProperty('description');
  });
});

describe('parseImportResponse on any input', () => {
  it('answers every text and every JSON value without an internal error', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((value) => JSON.stringify({ ...[value] })),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const report = parseImportResponse(text, SEED_REQUEST);
        expect(said(report.problems).join(' ')).not.toMatch(/could not be read/);
        expect(Array.isArray(report.rows)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answers results of any shape without an internal error', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 9 }), (results) => {
        const report = parseImportResponse(response(results as Result[]), SEED_REQUEST);
        expect(said(report.problems).join(' ')).not.toMatch(/could not be read/);
        expect(report.rows.length).toBe(Math.max(2, results.length));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseImportResponse on hostile responses', () => {
  it('reads a __proto__ key as a key: a valid response inside it is not a valid response', () => {
    const hidden = `{"__proto__": ${response(GOOD_RESULTS)}}`;
    const report = parseImportResponse(hidden, SEED_REQUEST);
    expect(report.ok).toBe(false);
    expect(report.status).toBeUndefined();
    expect(said(report.problems).join(' ')).toMatch(/Unknown field "__proto__"/);
    expect(said(report.problems).join(' ')).toMatch(/ActionStatus/);
    // The same holds with comments (the lenient path) and inside a result.
    expect(parseImportResponse(`// x\n${hidden}`, SEED_REQUEST).ok).toBe(false);
    const inResult = `{"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "ImportMsgResult": [{"__proto__": ${JSON.stringify(GOOD_RESULTS[0])}}, ${JSON.stringify(GOOD_RESULTS[1])}]}`;
    const rows = parseImportResponse(inResult, SEED_REQUEST).rows;
    expect(rows[0].Result).toBeUndefined();
    expect(said(rows[0].problems).join(' ')).toMatch(/Unknown field "__proto__"/);
  });

  it('finds the HTML title in linear time, even in a page of a million unclosed <title> tags', () => {
    const hostile = '<title>'.repeat(142_000); // 994,000 bytes: under the 1 MB cap
    const started = performance.now();
    const report = parseImportResponse(hostile);
    expect(performance.now() - started).toBeLessThan(250); // the old regular expression took ~39 s
    expect(said(report.problems).join(' ')).toMatch(/HTML page, not JSON/);
    expect(said(parseImportResponse('<TITLE lang="en">Bad\tGateway</Title>').problems)[0]).toMatch(
      /HTML page \("Bad Gateway"\)/,
    );
    expect(said(parseImportResponse('<titles>x</titles><title>Real</title>').problems)[0]).toMatch(
      /\("Real"\)/,
    );
    expect(said(parseImportResponse(`<title>${'x'.repeat(500)}</title>`).problems)[0]).toMatch(
      /\("x{100}"\)/,
    );
  });

  it('lists at most MAX_RESPONSE_ROWS rows and sums up the rest', () => {
    const many = Array.from({ length: 25_000 }, (_, i) => ({ MsgSeq: i + 1, MsgTime: 1, Result: 0 }));
    const report = parseImportResponse(response(many), SEED_REQUEST);
    expect(report.rows).toHaveLength(MAX_RESPONSE_ROWS);
    expect(said(report.problems).join(' ')).toMatch(/25,000 results .* only the first 100 rows are shown/);
  });

  it('names at most 20 unknown fields and counts the rest', () => {
    const extra = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    const report = parseImportResponse(response(GOOD_RESULTS, extra), SEED_REQUEST);
    const unknown = said(report.problems).filter((p) => /Unknown field/.test(p));
    expect(unknown).toHaveLength(20);
    expect(said(report.problems)).toContain('4,980 more unknown fields: ignored.');
    expect(report.ok).toBe(true);
  });

  it('refuses nesting deeper than the safe reader allows, without overflowing the stack', () => {
    const deep = `{"ActionStatus": "OK", "X": ${'['.repeat(400_000)}${']'.repeat(400_000)}}`;
    expect(said(parseImportResponse(deep).problems)[0]).toMatch(/nests deeper than 256 levels/);
  });
});
