import { describe, expect, it } from 'vitest';
import { MAX_RESPONSE_BYTES } from '../../../src/lib/api/facts';
import { ResponseInspector, type ParseResponse } from '../../../src/lib/state/response.svelte';

const OK_RESPONSE = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"ImportMsgResult":[]}';

/** A loader whose promise the test settles, to order concurrent analyses. */
function deferredLoader() {
  const pending: { resolve: (parse: ParseResponse) => void; reject: (error: Error) => void }[] = [];
  const load = () =>
    new Promise<ParseResponse>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  return { load, pending };
}

async function realParser(): Promise<ParseResponse> {
  return (await import('../../../src/lib/api')).parseImportResponse;
}

describe('ResponseInspector', () => {
  it('treats blank text as empty without loading the parser', async () => {
    let loads = 0;
    const inspector = new ResponseInspector(async () => {
      loads++;
      return realParser();
    });
    await inspector.analyse('  \n\t');
    expect(inspector.stage).toBe('empty');
    expect(inspector.report).toBeUndefined();
    expect(loads).toBe(0);
  });

  it('parses with the real core and loads the parser once', async () => {
    let loads = 0;
    const inspector = new ResponseInspector(async () => {
      loads++;
      return realParser();
    });
    await inspector.analyse(OK_RESPONSE);
    expect(inspector.stage).toBe('parsed');
    expect(inspector.report?.status).toBe('OK');
    await inspector.analyse('not json');
    expect(inspector.report?.ok).toBe(false);
    expect(inspector.report?.problems.map((p) => p.message).join(' ')).toMatch(/not valid JSON/);
    expect(loads).toBe(1);
  });

  it('counts UTF-8 bytes for the limit: exactly at it is parsed, one byte more is too large', async () => {
    const inspector = new ResponseInspector(realParser);
    const frame = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"ErrorDisplay":""}';
    const room = MAX_RESPONSE_BYTES - frame.length;
    // "é" is 2 UTF-8 bytes but 1 UTF-16 unit: a count in UTF-16 units would call both texts small.
    const atLimit = frame.replace('"ErrorDisplay":""', `"ErrorDisplay":"${'é'.repeat(room / 2)}"`);
    await inspector.analyse(atLimit);
    expect(inspector.byteSize).toBe(MAX_RESPONSE_BYTES);
    expect(inspector.stage).toBe('parsed');
    await inspector.analyse(`${atLimit} `);
    expect(inspector.byteSize).toBe(MAX_RESPONSE_BYTES + 1);
    expect(inspector.stage).toBe('too-large');
    expect(inspector.report).toBeUndefined();
  });

  it('never lets an older, slower analysis overwrite a newer one', async () => {
    const { load, pending } = deferredLoader();
    const inspector = new ResponseInspector(load);
    const parse = await realParser();
    const first = inspector.analyse('{"ActionStatus":"FAIL","ErrorInfo":"","ErrorCode":10010}');
    const second = inspector.analyse(OK_RESPONSE);
    expect(inspector.stage).toBe('parsing');
    // Both share the one load; once it settles, only the newer text's report remains.
    expect(pending).toHaveLength(1);
    pending[0].resolve(parse);
    await Promise.all([first, second]);
    expect(inspector.stage).toBe('parsed');
    expect(inspector.report?.status).toBe('OK');
  });

  it('says when the parser chunk cannot load, and tries again on the next text', async () => {
    const { load, pending } = deferredLoader();
    const inspector = new ResponseInspector(load);
    const failing = inspector.analyse(OK_RESPONSE);
    pending[0].reject(new Error('Failed to fetch dynamically imported module'));
    await failing;
    expect(inspector.stage).toBe('unavailable');
    expect(inspector.loadError).toEqual({
      what: 'load',
      detail: 'Failed to fetch dynamically imported module',
    });
    const retry = inspector.analyse(OK_RESPONSE);
    expect(pending).toHaveLength(2);
    pending[1].resolve(await realParser());
    await retry;
    expect(inspector.stage).toBe('parsed');
    expect(inspector.loadError).toBeUndefined();
  });

  it('survives a parser that throws', async () => {
    const inspector = new ResponseInspector(async () => () => {
      throw new Error('boom');
    });
    await inspector.analyse(OK_RESPONSE);
    expect(inspector.stage).toBe('unavailable');
    expect(inspector.loadError).toEqual({ what: 'parse', detail: 'boom' });
  });
});
