import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_REQUEST_TEXT, type BuiltRequest } from '../../../src/lib/api';
import { buildOnlyTransportFor, createBuildOnlyTransport } from '../../../src/lib/send/build-only';
import type { SendResult, Target, Transport } from '../../../src/lib/send/transport';
import { AppState } from '../../../src/lib/state/app.svelte';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';
import { ThemeState } from '../../../src/lib/state/theme.svelte';

/** The seed answered: leckie imported, peter refused. */
const PARTLY_FAILED = JSON.stringify({
  ActionStatus: 'OK',
  ErrorInfo: '',
  ErrorCode: 0,
  ImportMsgResult: [
    { MsgSeq: 1, MsgTime: 1620808101, Result: 0 },
    { MsgSeq: 0, MsgTime: 1620892821, Result: 10004 },
  ],
});

const apps: AppState[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.dispose();
});

function makeApp(options: { text?: string; transportFor?: (target: Target) => Transport } = {}) {
  const app = new AppState({
    text: options.text ?? SEED_REQUEST_TEXT,
    historyStorage: undefined,
    draftStorage: undefined,
    credentials: new CredentialStore({ session: undefined, local: undefined }),
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    transportFor: options.transportFor ?? buildOnlyTransportFor,
  });
  apps.push(app);
  return app;
}

/** A transport that records what it was given and answers `bodyText`. */
function fakeTransport(target: Target, bodyText: string) {
  const sent: BuiltRequest[] = [];
  const transport: Transport = {
    target,
    send: async (request): Promise<SendResult> => {
      sent.push(request);
      return { target, status: 200, bodyText, durationMs: 12 };
    },
  };
  return { transport, sent };
}

async function settled(check: () => void) {
  await vi.waitFor(check, { timeout: 5_000 });
}

describe('build-only transport', () => {
  it('answers at once that nothing was sent, for the target it stands for', async () => {
    const transport = createBuildOnlyTransport('relay');
    expect(transport.target).toBe('relay');
    const result = await transport.send({
      url: 'x',
      redactedUrl: 'x',
      headers: {},
      body: '{}',
    } as BuiltRequest);
    expect(result).toEqual({ target: 'relay', status: 0, bodyText: '', durationMs: 0, builtOnly: true });
  });
});

describe('SendingState', () => {
  it('starts on the sandbox target with nothing built', () => {
    const app = makeApp();
    expect(app.sending.target).toBe('sandbox');
    expect(app.sending.built).toBeUndefined();
    expect(app.sending.sentRequest).toBeUndefined();
    expect(app.sending.result).toBeUndefined();
    expect(app.sending.count).toBe(0);
    expect(app.sending.busy).toBe(false);
  });

  it('builds, records and hands the request to the build-only transport by default', async () => {
    const app = makeApp();
    const done = app.sending.send();
    expect(app.sending.busy).toBe(true);
    await done;
    expect(app.sending.busy).toBe(false);
    expect(app.sending.count).toBe(1);
    expect(app.sending.built?.url).toContain('/v4/group_open_http_svc/import_group_msg');
    expect(app.sending.result).toMatchObject({ target: 'sandbox', builtOnly: true, status: 0 });
    expect(app.sending.sentRequest?.GroupId).toBe('@TGS#2C5SZEAEF');
    expect(app.history.entries).toHaveLength(1);
    expect(app.panels.active).toBe('request');
    expect(app.notices.current?.text).toMatch(/^Request built without SDKAppID/);
    // Nothing came back: the response box is left as the user had it.
    expect(app.sending.response.text).toBe('');
  });

  it('sends through the transport of the selected target and explains its answer', async () => {
    const fakes = new Map<Target, ReturnType<typeof fakeTransport>>();
    const transportFor = (target: Target) => {
      if (!fakes.has(target)) fakes.set(target, fakeTransport(target, PARTLY_FAILED));
      return fakes.get(target)!.transport;
    };
    const app = makeApp({ transportFor });
    app.sending.setTarget('relay');
    await app.sending.send();
    expect([...fakes.keys()]).toEqual(['relay']);
    expect(fakes.get('relay')!.sent[0]).toBe(app.sending.built);
    expect(app.sending.result).toMatchObject({ target: 'relay', status: 200, durationMs: 12 });
    expect(app.sending.response.text).toBe(PARTLY_FAILED);
    await settled(() => expect(app.sending.response.stage).toBe('parsed'));
    const rows = app.sending.response.report!.rows;
    expect(rows.map((row) => [row.message?.From_Account, row.Result])).toEqual([
      ['leckie', 0],
      ['peter', 10004],
    ]);
  });

  it('explains a pasted response against the request that was SENT, not the editor text', async () => {
    const app = makeApp();
    await app.sending.send();
    // The editor moves on: a different document, already validated.
    app.workspace.setText('{"GroupId":"other","MsgList":[{"From_Account":"zed","SendTime":1,"MsgBody":[]}]}');
    await app.workspace.currentValidation();
    app.sending.response.setText(PARTLY_FAILED);
    await settled(() => expect(app.sending.response.stage).toBe('parsed'));
    const rows = app.sending.response.report!.rows;
    expect(rows.map((row) => row.message?.From_Account)).toEqual(['leckie', 'peter']);
    expect(app.sending.sentRequest?.MsgList).toHaveLength(2);
  });

  it('before any send, a pasted response is explained without a request to join', async () => {
    const app = makeApp();
    app.sending.response.setText(PARTLY_FAILED);
    await settled(() => expect(app.sending.response.stage).toBe('parsed'));
    expect(app.sending.response.report!.rows.map((row) => row.message)).toEqual([undefined, undefined]);
  });

  it('a later send re-explains the response in hand against the new request', async () => {
    const app = makeApp();
    app.sending.response.setText(PARTLY_FAILED);
    await app.sending.send();
    await settled(() =>
      expect(app.sending.response.report?.rows.map((row) => row.message?.From_Account)).toEqual([
        'leckie',
        'peter',
      ]),
    );
  });

  it('an invalid custom host builds nothing and calls no transport', async () => {
    const fake = fakeTransport('sandbox', PARTLY_FAILED);
    const app = makeApp({ transportFor: () => fake.transport });
    app.endpoint.useCustomHost('http://bad host');
    await app.sending.send();
    expect(app.sending.built).toBeUndefined();
    expect(app.sending.count).toBe(1);
    expect(fake.sent).toHaveLength(0);
    expect(app.notices.current).toMatchObject({ kind: 'error' });
    expect(app.notices.current?.text).toMatch(/^Nothing was built: the custom host is not valid/);
    expect(app.history.entries).toHaveLength(0);
  });

  it('a failed send says what happened and what to do, records the failure kind, and keeps the response box', async () => {
    const transportFor = (target: Target): Transport => ({
      target,
      send: async () => ({
        target,
        status: 0,
        bodyText: '',
        durationMs: 10_000,
        failure: { kind: 'timeout' },
      }),
    });
    const app = makeApp({ transportFor });
    app.sending.setTarget('direct');
    app.sending.response.setText('{"pasted": true}');
    await app.sending.send();
    expect(app.notices.current?.kind).toBe('error');
    expect(app.notices.current?.text).toMatch(/10 s|time/i);
    expect(app.history.entries[0].outcome).toEqual({
      target: 'direct',
      status: 0,
      durationMs: 10_000,
      failure: 'timeout',
    });
    expect(app.sending.response.text).toBe('{"pasted": true}');
  });

  it('an answer shows the Response panel and says who answered, how fast', async () => {
    const app = makeApp({ transportFor: (target) => fakeTransport(target, PARTLY_FAILED).transport });
    await app.sending.send();
    expect(app.panels.active).toBe('response');
    expect(app.notices.current?.text).toMatch(/^Sandbox answered HTTP 200 in 12 ms/);
    expect(app.sending.response.text).toBe(PARTLY_FAILED);
  });

  it('previews the request as Send would build it now, live as region, credentials and the document change', async () => {
    const app = makeApp();
    const first = app.sending.preview;
    expect(first?.url).toMatch(/^https:\/\/console\.tim\.qq\.com\//);
    app.endpoint.selectRegion('ger');
    expect(app.sending.preview?.url).toMatch(/^https:\/\/adminapiger\.im\.qcloud\.com\//);
    app.credentials.update(app.credentials.activeId, {
      sdkAppId: '1400000099',
      identifier: 'ops',
      userSig: 'S',
    });
    expect(app.sending.preview?.url).toContain('sdkappid=1400000099');
    expect(app.sending.preview?.redactedUrl).not.toContain('usersig=S&');
    app.workspace.setText('{"GroupId":"live","MsgList":[]}');
    await settled(() => expect(app.sending.preview?.body).toBe('{"GroupId":"live","MsgList":[]}'));
    // The same random while editing: only a Send draws a new one.
    expect(app.sending.preview?.random).toBe(first?.random);
    expect(app.sending.built).toBeUndefined();
  });

  it('has no preview while the custom host is invalid', () => {
    const app = makeApp();
    app.endpoint.useCustomHost('not a host');
    expect(app.sending.preview).toBeUndefined();
  });
});
