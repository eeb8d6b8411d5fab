// @vitest-environment node
/** The REST layer: URL, path, SDKAppID, rate limit, identifier and UserSig, each with its code. */
import { describe, expect, it } from 'vitest';
import { SANDBOX_SDK_APP_ID } from '../../../src/lib/sandbox';
import {
  defaultQuery,
  GET_SIMPLE,
  IMPORT,
  message,
  NOW,
  request,
  send,
  testSandbox,
  url,
  userSigFor,
} from './helpers';
import { wrapAsUserSig } from '../api/usersig/helpers';

const BODY = request([message(NOW - 100)]);

async function answerTo(query: Record<string, string | undefined>, path = IMPORT, body: unknown = BODY) {
  const { sandbox } = testSandbox();
  return send(sandbox, body, url(path, query));
}

describe('the URL', () => {
  it('answers 60009 for a path that is not a known command, and says which', async () => {
    for (const path of [
      '/v4/group_open_http_svc/import_group',
      '/v4/group_open_http_svc/import_group_msg/',
      '/',
      '/V4/group_open_http_svc/import_group_msg',
    ]) {
      const answer = await answerTo(defaultQuery(), path);
      expect(answer).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 60009 });
      expect(answer.ErrorInfo).toContain(path);
    }
  });

  it('reads a relative URL (path and query) like an absolute one', async () => {
    const { sandbox } = testSandbox();
    const absolute = url(IMPORT, defaultQuery());
    const relative = absolute.slice('https://console.tim.qq.com'.length);
    expect((await send(sandbox, request([message(NOW - 50)]), relative)).ErrorCode).toBe(0);
  });

  it('answers 60002 for text that is no URL', async () => {
    const { sandbox } = testSandbox();
    for (const target of ['http://[::1', 'https://exa mple.com:99999/v4']) {
      expect(await send(sandbox, BODY, target)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 60002 });
    }
    expect(JSON.parse((await sandbox.handle(undefined as never, '{}')).bodyText).ErrorCode).toBe(60002);
  });

  it('answers 60002 when contenttype asks for another format, and takes json in any case or absent', async () => {
    expect((await answerTo({ ...defaultQuery(), contenttype: 'xml' })).ErrorCode).toBe(60002);
    expect((await answerTo({ ...defaultQuery(), contenttype: 'JSON' })).ErrorCode).toBe(0);
    expect((await answerTo({ ...defaultQuery(), contenttype: undefined })).ErrorCode).toBe(0);
  });

  it('answers 60012 without sdkappid, 60006 for one that is not an app ID', async () => {
    expect(await answerTo({ ...defaultQuery(), sdkappid: undefined })).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 60012,
    });
    expect((await answerTo({ ...defaultQuery(), sdkappid: '' })).ErrorCode).toBe(60012);
    expect(
      (await answerTo({ ...defaultQuery(), SdkAppId: SANDBOX_SDK_APP_ID, sdkappid: undefined })).ErrorCode,
    ).toBe(60012);
    for (const bad of ['abc', '-1', '0', '1.5', '99999999999', ' 1400000000']) {
      expect((await answerTo({ ...defaultQuery(), sdkappid: bad })).ErrorCode).toBe(60006);
    }
  });
});

describe('identifier and UserSig', () => {
  it('answers 60004 without identifier or without a usersig parameter, 70002 for an empty usersig', async () => {
    expect((await answerTo({ ...defaultQuery(), identifier: undefined })).ErrorCode).toBe(60004);
    expect((await answerTo({ ...defaultQuery(), identifier: '' })).ErrorCode).toBe(60004);
    expect((await answerTo({ ...defaultQuery(), usersig: undefined })).ErrorCode).toBe(60004);
    expect(await answerTo({ ...defaultQuery(), usersig: '' })).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 70002,
    });
  });

  it('answers 70003 for anything that is not a UserSig', async () => {
    for (const junk of ['hello', 'eJyrVg__', 'x'.repeat(100000), wrapAsUserSig('{"a":1}')]) {
      expect((await answerTo({ ...defaultQuery(), usersig: junk })).ErrorCode).toBe(70003);
    }
  });

  it('answers 70013 for a UserSig of another identifier', async () => {
    const sig = await userSigFor(Number(SANDBOX_SDK_APP_ID), 'someone-else', NOW - 10, 3600);
    const answer = await answerTo({ ...defaultQuery(), usersig: sig });
    expect(answer).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 70013 });
    expect(answer.ErrorInfo).toContain('someone-else');
  });

  it('answers 70014 for a UserSig of another SDKAppID', async () => {
    const sig = await userSigFor(1400000001, 'administrator', NOW - 10, 3600);
    expect((await answerTo({ ...defaultQuery(), usersig: sig })).ErrorCode).toBe(70014);
  });

  it('answers 70001 once the UserSig is past its time + expire, not before', async () => {
    const sig = await userSigFor(Number(SANDBOX_SDK_APP_ID), 'administrator', NOW - 3600, 3600);
    expect((await answerTo({ ...defaultQuery(), usersig: sig })).ErrorCode).toBe(0);
    const expired = await userSigFor(Number(SANDBOX_SDK_APP_ID), 'administrator', NOW - 3601, 3600);
    const answer = await answerTo({ ...defaultQuery(), usersig: expired });
    expect(answer).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 70001 });
    expect(answer.ErrorInfo).toContain(String(NOW - 1));
  });

  it('accepts any SDKAppID and identifier whose UserSig matches them (it checks no signature)', async () => {
    const sig = await userSigFor(1600000000, 'migration-admin', NOW - 10, 3600);
    const answer = await answerTo({
      ...defaultQuery(),
      sdkappid: '1600000000',
      identifier: 'migration-admin',
      usersig: sig,
    });
    expect(answer.ErrorCode).toBe(0);
  });

  it('checks identifier before SDKAppID before expiry', async () => {
    const allWrong = await userSigFor(1400000001, 'other', NOW - 7200, 60);
    expect((await answerTo({ ...defaultQuery(), usersig: allWrong })).ErrorCode).toBe(70013);
    const appAndTime = await userSigFor(1400000001, 'administrator', NOW - 7200, 60);
    expect((await answerTo({ ...defaultQuery(), usersig: appAndTime })).ErrorCode).toBe(70014);
  });

  it('accepts a legacy UserSig by its fields and notes that it read it without checking', async () => {
    const legacy = wrapAsUserSig(
      JSON.stringify({
        'TLS.account_type': '0',
        'TLS.identifier': 'administrator',
        'TLS.appid_at_3rd': '0',
        'TLS.sdk_appid': SANDBOX_SDK_APP_ID,
        'TLS.expire_after': '86400',
        'TLS.version': '201512300000',
        'TLS.time': String(NOW - 10),
        'TLS.sig': 'MEUCIQDummy',
      }),
    );
    const { sandbox } = testSandbox();
    const response = await sandbox.handleDetailed(
      url(IMPORT, { ...defaultQuery(), usersig: legacy }),
      JSON.stringify(BODY),
    );
    expect(JSON.parse(response.bodyText).ErrorCode).toBe(0);
    expect(response.notes).toEqual([{ id: 'sandbox.note.legacy-usersig' }]);
  });

  it('runs the URL checks before reading the body', async () => {
    expect((await answerTo({ ...defaultQuery(), usersig: '' }, IMPORT, 'not json')).ErrorCode).toBe(70002);
    expect(
      (await answerTo({ ...defaultQuery(), sdkappid: undefined }, '/nowhere', 'not json')).ErrorCode,
    ).toBe(60009);
  });
});

describe('the rate limit', () => {
  it('answers 60007 past the limit within one second of its clock, and lets calls through the next second', async () => {
    const { sandbox, clock } = testSandbox({ rateLimit: 3 });
    const target = url(GET_SIMPLE, defaultQuery());
    const body = { GroupId: '@TGS#2C5SZEAEF', ReqMsgNumber: 1 };
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await send(sandbox, body, target)).ErrorCode);
    expect(codes).toEqual([0, 0, 0, 60007, 60007]);
    clock.now += 0.5; // still the same second of the clock
    expect((await send(sandbox, body, target)).ErrorCode).toBe(60007);
    clock.now += 1;
    expect((await send(sandbox, body, target)).ErrorCode).toBe(0);
  });

  it('counts each SDKAppID on its own', async () => {
    const { sandbox } = testSandbox({ rateLimit: 1 });
    const body = { GroupId: '@TGS#2C5SZEAEF', ReqMsgNumber: 1 };
    const other = await userSigFor(1600000000, 'administrator', NOW - 10, 3600);
    expect((await send(sandbox, body, url(GET_SIMPLE, defaultQuery()))).ErrorCode).toBe(0);
    expect(
      (
        await send(
          sandbox,
          body,
          url(GET_SIMPLE, { ...defaultQuery(), sdkappid: '1600000000', usersig: other }),
        )
      ).ErrorCode,
    ).toBe(0);
    expect((await send(sandbox, body, url(GET_SIMPLE, defaultQuery()))).ErrorCode).toBe(60007);
  });

  it('defaults to the documented 200 calls per second, and can be switched off', async () => {
    const limited = testSandbox().sandbox;
    expect(limited.settings.rateLimit).toBe(200);
    const body = { GroupId: '@TGS#2C5SZEAEF', ReqMsgNumber: 1 };
    const target = url(GET_SIMPLE, defaultQuery());
    const codes = new Map<number, number>();
    for (let i = 0; i < 201; i++) {
      const code = (await send(limited, body, target)).ErrorCode;
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    expect([...codes]).toEqual([
      [0, 200],
      [60007, 1],
    ]);
    const free = testSandbox({ rateLimit: false }).sandbox;
    for (let i = 0; i < 500; i++) expect((await send(free, body, target)).ErrorCode).toBe(0);
  });

  it('ignores invalid limits and resets its window with the sandbox', async () => {
    expect(testSandbox({ rateLimit: 0 }).sandbox.settings.rateLimit).toBe(200);
    expect(testSandbox({ rateLimit: Number.NaN }).sandbox.settings.rateLimit).toBe(200);
    const { sandbox } = testSandbox({ rateLimit: 1 });
    const body = { GroupId: '@TGS#2C5SZEAEF', ReqMsgNumber: 1 };
    const target = url(GET_SIMPLE, defaultQuery());
    await send(sandbox, body, target);
    expect((await send(sandbox, body, target)).ErrorCode).toBe(60007);
    sandbox.reset();
    expect((await send(sandbox, body, target)).ErrorCode).toBe(0);
    sandbox.configure({ rateLimit: false });
    expect((await send(sandbox, body, target)).ErrorCode).toBe(0);
  });
});
