import { parse } from 'jsonc-parser';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildImportRequest } from '../../../src/lib/api/request';
import { SEED_RESPONSE_TEXT } from '../../../src/lib/api/seed';
import * as sandboxModule from '../../../src/lib/sandbox';
import {
  SANDBOX_IDENTIFIER,
  SANDBOX_SDK_APP_ID,
  SANDBOX_USER_SIG,
  renderSandboxMessage,
} from '../../../src/lib/sandbox';
import {
  SandboxState,
  groupForCall,
  typeForGroupId,
  type SandboxEdit,
} from '../../../src/lib/state/sandbox.svelte';
import { SEED_REQUEST } from '../api/seed-fixture';

/** 2024-01-01T00:00:00Z: later than the seed's messages. */
const NOW = 1704067200;
const SEED_GROUP = '@TGS#2C5SZEAEF';

function state(loadModule = () => Promise.resolve(sandboxModule)) {
  return new SandboxState({ now: () => NOW }, loadModule);
}

/** An edit with its refusal said in English (the page says it in its language where it shows it). */
const said = (edit: SandboxEdit) =>
  edit.ok ? edit : { ok: false, error: renderSandboxMessage(edit.message) };

/** The seed's request body as the console sends it (no comments). */
const SEED_BODY = JSON.stringify(SEED_REQUEST);

/** The seed request as Send would build it with the built-in Sandbox credentials. */
function seedRequest(body = SEED_BODY) {
  return buildImportRequest({
    host: 'console.tim.qq.com',
    body,
    sdkAppId: SANDBOX_SDK_APP_ID,
    identifier: SANDBOX_IDENTIFIER,
    userSig: SANDBOX_USER_SIG,
  });
}

describe('SandboxState', () => {
  it('loads the sandbox only on first use, once', async () => {
    const load = vi.fn(() => Promise.resolve(sandboxModule));
    const sandbox = state(load);
    expect(sandbox.stage).toBe('idle');
    expect(sandbox.groups).toEqual([]);
    expect(sandbox.readBack(SEED_GROUP)).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    const first = sandbox.load();
    expect(sandbox.stage).toBe('loading');
    await Promise.all([first, sandbox.load()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(sandbox.stage).toBe('ready');
    expect(sandbox.groups.map((g) => g.GroupId)).toEqual([SEED_GROUP, '@TGS#aLIVEROOM', '@TGS#_community']);
    expect(renderSandboxMessage(sandbox.readings[0])).toMatch(/one app that answers to any SDKAppID/);
  });

  it('says why the sandbox did not load, refuses changes meanwhile, and loads on the next try', async () => {
    const load = vi
      .fn<() => Promise<typeof sandboxModule>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue(sandboxModule);
    const sandbox = state(load);
    await expect(sandbox.load()).rejects.toThrow('Failed to fetch');
    expect(sandbox.stage).toBe('failed');
    expect(sandbox.error && renderSandboxMessage(sandbox.error)).toBe(
      'The sandbox could not be loaded: Failed to fetch dynamically imported module',
    );
    // The next call tries again, and this time it loads.
    expect(await sandbox.add({ GroupId: 'g1', Type: 'Public', CreateTime: 1 })).toEqual({ ok: true });
    expect(sandbox.stage).toBe('ready');
    expect(sandbox.error).toBeUndefined();
    expect(sandbox.groups.some((g) => g.GroupId === 'g1')).toBe(true);
  });

  it('a change that cannot load the sandbox answers the load error', async () => {
    const sandbox = state(() => Promise.reject(new Error('offline')));
    const refused = await sandbox.remove(SEED_GROUP);
    expect(refused).toEqual({
      ok: false,
      message: { id: 'sandbox.load.failed', params: { reason: 'offline' } },
    });
    expect(said(refused)).toEqual({ ok: false, error: 'The sandbox could not be loaded: offline' });
    await expect(sandbox.transport()).rejects.toThrow('offline');
  });

  it('adds, edits and removes groups, and says why a change is refused', async () => {
    const sandbox = state();
    expect(await sandbox.add({ GroupId: 'my-group', Type: 'Work', CreateTime: 1600000000 })).toEqual({
      ok: true,
    });
    expect(sandbox.groups.at(-1)).toMatchObject({
      GroupId: 'my-group',
      Type: 'Work',
      CreateTime: 1600000000,
      messageCount: 0,
    });

    expect(await sandbox.add({ GroupId: 'my-group', Type: 'Public', CreateTime: 1 })).toEqual({
      ok: false,
      message: { id: 'sandbox.group.exists', params: { groupId: 'my-group' } },
    });
    expect(said(await sandbox.add({ GroupId: 'my-group', Type: 'Public', CreateTime: 1 }))).toEqual({
      ok: false,
      error: renderSandboxMessage({ id: 'sandbox.group.exists', params: { groupId: 'my-group' } }),
    });
    expect(said(await sandbox.add({ GroupId: '', Type: 'Public', CreateTime: 1 }))).toEqual({
      ok: false,
      error: 'Give the group an ID.',
    });

    expect(await sandbox.edit('my-group', { Type: 'ChatRoom', CreateTime: 1610000000 })).toEqual({
      ok: true,
    });
    expect(sandbox.groups.find((g) => g.GroupId === 'my-group')).toMatchObject({
      Type: 'ChatRoom',
      CreateTime: 1610000000,
    });
    const refused = await sandbox.edit('my-group', { Type: 'Community' });
    expect(said(refused)).toEqual({
      ok: false,
      error: 'Community group IDs start with @TGS#_: change the ID or the type.',
    });
    expect(sandbox.groups.find((g) => g.GroupId === 'my-group')?.Type).toBe('ChatRoom');
    expect(said(await sandbox.edit('nope', { Type: 'Public' }))).toEqual({
      ok: false,
      error: 'The sandbox has no group nope.',
    });

    expect(await sandbox.remove('my-group')).toEqual({ ok: true });
    expect(sandbox.groups.some((g) => g.GroupId === 'my-group')).toBe(false);
    expect(said(await sandbox.remove('my-group'))).toEqual({
      ok: false,
      error: 'The sandbox has no group my-group.',
    });
  });

  it('reads back what a call through its transport stored, as group_msg_get_simple shows it', async () => {
    const sandbox = state();
    const transport = await sandbox.transport();
    expect(transport.target).toBe('sandbox');
    expect(await sandbox.transport()).toBe(transport);

    const result = await transport.send(seedRequest());
    expect(result.failure).toBeUndefined();
    expect(JSON.parse(result.bodyText)).toEqual(parse(SEED_RESPONSE_TEXT));

    expect(sandbox.groups.find((g) => g.GroupId === SEED_GROUP)).toMatchObject({
      messageCount: 2,
      lastMsgSeq: 2,
    });
    const answer = sandbox.readBack(SEED_GROUP);
    expect(answer).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0, GroupId: SEED_GROUP, IsFinished: 1 });
    const seed = SEED_REQUEST;
    expect(
      answer?.RspMsgList?.map((m) => [m.MsgSeq, m.From_Account, m.MsgTimeStamp, m.IsPlaceMsg, m.MsgPriority]),
    ).toEqual([
      [2, seed.MsgList[1].From_Account, seed.MsgList[1].SendTime, 0, 1],
      [1, seed.MsgList[0].From_Account, seed.MsgList[0].SendTime, 0, 1],
    ]);
    // Paging back from MsgSeq 1, one message.
    expect(sandbox.readBack(SEED_GROUP, { reqMsgSeq: 1 })?.RspMsgList?.map((m) => m.MsgSeq)).toEqual([1]);
    expect(sandbox.readBack(SEED_GROUP, { reqMsgNumber: 1 })?.RspMsgList?.map((m) => m.MsgSeq)).toEqual([2]);
    // An unknown group reads back as the call answers it.
    expect(sandbox.readBack('nope')).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 10010 });
  });

  it('reset brings back the starting groups without messages', async () => {
    const sandbox = state();
    sandbox.reset(); // before loading: nothing to do, nothing thrown
    await (await sandbox.transport()).send(seedRequest());
    await sandbox.remove('@TGS#aLIVEROOM');
    await sandbox.add({ GroupId: 'extra', Type: 'Public', CreateTime: 1 });
    sandbox.reset();
    expect(sandbox.groups.map((g) => [g.GroupId, g.messageCount])).toEqual([
      [SEED_GROUP, 0],
      ['@TGS#aLIVEROOM', 0],
      ['@TGS#_community', 0],
    ]);
    expect(sandbox.readBack(SEED_GROUP)?.RspMsgList).toEqual([]);
  });

  it('adds the group a call did not find so that the same call then succeeds', async () => {
    const sandbox = state();
    const body = SEED_BODY.replace(SEED_GROUP, 'migrated-42');
    const transport = await sandbox.transport();
    const before = JSON.parse((await transport.send(seedRequest(body))).bodyText) as { ErrorCode: number };
    expect(before.ErrorCode).toBe(10010);

    const sendTimes = SEED_REQUEST.MsgList.map((m) => m.SendTime);
    expect(await sandbox.addForCall('migrated-42', sendTimes)).toEqual({ ok: true });
    expect(sandbox.groups.at(-1)).toMatchObject({
      GroupId: 'migrated-42',
      Type: 'Public',
      CreateTime: Math.min(...sendTimes) - 1,
    });
    const after = JSON.parse((await transport.send(seedRequest(body))).bodyText) as {
      ErrorCode: number;
      ImportMsgResult: { Result: number }[];
    };
    expect(after.ErrorCode).toBe(0);
    expect(after.ImportMsgResult.map((r) => r.Result)).toEqual([0, 0]);
  });

  it('what the page shows follows calls through the transport, until disposed', async () => {
    const sandbox = state();
    const transport = await sandbox.transport();
    const seen: number[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(sandbox.groups.find((g) => g.GroupId === SEED_GROUP)?.messageCount ?? -1);
      });
    });
    flushSync();
    expect(seen).toEqual([0]);
    await transport.send(seedRequest());
    flushSync();
    expect(seen).toEqual([0, 2]);

    sandbox.dispose();
    sandbox.reset();
    flushSync();
    expect(seen).toEqual([0, 2]);
    stop();
  });
});

describe('groupForCall', () => {
  it('takes the type the ID allows and a creation time before the earliest SendTime', () => {
    expect(groupForCall('g', [1620892821, 1620808101, 'x', -5, 1.5], NOW)).toEqual({
      GroupId: 'g',
      Type: 'Public',
      CreateTime: 1620808100,
    });
    expect(groupForCall('@TGS#_c', [], NOW)).toEqual({
      GroupId: '@TGS#_c',
      Type: 'Community',
      CreateTime: NOW - 60,
    });
    expect(groupForCall('g', [1], NOW).CreateTime).toBe(0);
    expect(typeForGroupId('@TGS#abc')).toBe('Public');
  });
});
