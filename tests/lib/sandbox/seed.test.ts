// @vitest-environment node
/** A fresh sandbox answers the seed page's sample request with the seed page's sample response. */
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { SEED_REQUEST_TEXT, SEED_RESPONSE_TEXT } from '../../../src/lib/api/seed';
import { validateImportRequest } from '../../../src/lib/api/validate';
import { decodeUserSig, verifyUserSig } from '../../../src/lib/api/usersig';
import {
  createSandbox,
  SANDBOX_IDENTIFIER,
  SANDBOX_SDK_APP_ID,
  SANDBOX_USER_SIG,
} from '../../../src/lib/sandbox';
import { importUrl } from './helpers';

const seedBody = () => {
  const body = validateImportRequest(SEED_REQUEST_TEXT, { now: Math.floor(Date.now() / 1000) }).body;
  if (body === undefined) throw new Error('the seed has no body');
  return body;
};

describe('the seed round trip', () => {
  it('answers the seed response on a fresh sandbox with the real clock', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.handle(importUrl(), seedBody());
    expect(response.status).toBe(200);
    expect(JSON.parse(response.bodyText)).toEqual(parse(SEED_RESPONSE_TEXT));
  });

  it('answers in the documented key order', async () => {
    const response = await createSandbox().handle(importUrl(), seedBody());
    expect(Object.keys(JSON.parse(response.bodyText))).toEqual([
      'ActionStatus',
      'ErrorInfo',
      'ErrorCode',
      'ImportMsgResult',
    ]);
  });

  it('refuses the seed text with its comments, as the server would (the console sends the body without them)', async () => {
    const answer = JSON.parse((await createSandbox().handle(importUrl(), SEED_REQUEST_TEXT)).bodyText);
    expect(answer).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 60003 });
  });

  it('stores the seed messages, readable as group_msg_get_simple shows them', async () => {
    const sandbox = createSandbox();
    await sandbox.handle(importUrl(), seedBody());
    const read = sandbox.readMessages('@TGS#2C5SZEAEF');
    expect(read).toMatchObject({
      ActionStatus: 'OK',
      ErrorCode: 0,
      GroupId: '@TGS#2C5SZEAEF',
      IsFinished: 1,
    });
    expect(read.RspMsgList?.map((m) => [m.MsgSeq, m.From_Account, m.MsgTimeStamp, m.MsgRandom])).toEqual([
      [2, 'peter', 1620892821, expect.any(Number)],
      [1, 'leckie', 1620808101, 8912345],
    ]);
    expect(read.RspMsgList?.[1].MsgBody).toEqual([
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } },
      { MsgType: 'TIMFaceElem', MsgContent: { Index: 6, Data: 'abc\u0000\u0001' } },
    ]);
  });
});

describe('the built-in Sandbox credentials', () => {
  it('decode to the sandbox profile and do not expire for decades', async () => {
    const decoded = await decodeUserSig(SANDBOX_USER_SIG);
    expect(decoded).toMatchObject({
      ok: true,
      kind: 'v2',
      identifier: SANDBOX_IDENTIFIER,
      sdkAppId: Number(SANDBOX_SDK_APP_ID),
    });
    expect(decoded.ok && decoded.expiresAt).toBeGreaterThan(Date.UTC(2070, 0, 1) / 1000);
    expect(SANDBOX_IDENTIFIER).toBe('administrator');
  });

  it('verify with the public demo key they were made with', async () => {
    expect(
      await verifyUserSig(
        SANDBOX_USER_SIG,
        '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
      ),
    ).toBe(true);
  });
});
