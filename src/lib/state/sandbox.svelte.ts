/**
 * The page's one embedded sandbox (src/lib/sandbox), as the Sandbox view, the Response panel's "add this group"
 * offer and Send (target 'sandbox') share it. The sandbox module is imported on first use, so holding this class
 * costs start-up nothing but itself; everything it shows follows the sandbox's own change notifications, so a
 * call answered through `transport()` updates the group list and the read-back at once.
 */
import type { GroupType } from '../api/types';
import type {
  GroupMsgGetSimpleAnswer,
  Sandbox,
  SandboxChange,
  SandboxGroup,
  SandboxGroupSummary,
  SandboxMessage,
  SandboxOptions,
} from '../sandbox';
import type { Transport } from '../send/transport';

export type SandboxModule = typeof import('../sandbox');
export type LoadSandboxModule = () => Promise<SandboxModule>;

/** `idle`: not loaded yet; `loading`; `ready`; `failed`: the module did not load (`error` says why). */
export type SandboxStage = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * What a change of the sandbox's groups came to. A refusal carries the sandbox's message as data (id and
 * parameters): the page says it in its language where it shows it (`sandboxMessageText`), so it follows a switch.
 */
export type SandboxEdit = { ok: true } | { ok: false; message: SandboxMessage };

/** What the Response panel calls to add the group a call did not find (SandboxState.addForCall). */
export type AddSandboxGroup = (groupId: string, sendTimes: readonly number[]) => Promise<SandboxEdit>;

export interface ReadBackOptions {
  /** A Community group's topic; default the group itself. */
  topicId?: string;
  /** The newest MsgSeq wanted (paging back); default the newest there is. */
  reqMsgSeq?: number;
  /** How many messages (the call answers at most 20); default 20. */
  reqMsgNumber?: number;
}

const loadSandboxModule: LoadSandboxModule = () => import('../sandbox');

/** IDs starting with @TGS#_ are Community groups, and only theirs (TENCENT-IM.md §5). */
export const typeForGroupId = (groupId: string): GroupType =>
  groupId.startsWith('@TGS#_') ? 'Community' : 'Public';

/**
 * The group to add when a call answered 10010 (unknown group): of the type its ID allows, created one second
 * before the earliest SendTime of the call (so the same call succeeds when sent again), or a minute before `now`
 * when the call's times are unknown.
 */
export function groupForCall(
  groupId: string,
  sendTimes: readonly unknown[],
  nowSeconds: number,
): SandboxGroup {
  let earliest = Infinity;
  for (const time of sendTimes) {
    if (typeof time === 'number' && Number.isSafeInteger(time) && time > 0 && time < earliest)
      earliest = time;
  }
  const createTime = earliest === Infinity ? Math.floor(nowSeconds) - 60 : earliest - 1;
  return { GroupId: groupId, Type: typeForGroupId(groupId), CreateTime: Math.max(0, createTime) };
}

function loadFailed(error: unknown): SandboxMessage {
  return {
    id: 'sandbox.load.failed',
    params: { reason: error instanceof Error ? error.message : String(error) },
  };
}

export class SandboxState {
  readonly #loadModule: LoadSandboxModule;
  readonly #options: SandboxOptions;
  readonly #now: () => number;
  #loading: Promise<Sandbox> | undefined;
  #module: SandboxModule | undefined;
  #sandbox: Sandbox | undefined;
  #unsubscribe: (() => void) | undefined;
  #transport: Transport | undefined;

  #stage = $state<SandboxStage>('idle');
  #error = $state.raw<SandboxMessage | undefined>(undefined);
  /** Bumped on every change the sandbox reports: what the getters below read to follow it. */
  #version = $state(0);

  #groups = $derived.by((): SandboxGroupSummary[] => {
    void this.#version;
    return this.#sandbox?.listGroups() ?? [];
  });

  /**
   * `options` are the sandbox's own (starting groups, clock, rate limit); `loadModule` replaces the dynamic
   * import (tests). `options.now` also dates the groups added for a 10010 answer.
   */
  constructor(options: SandboxOptions = {}, loadModule: LoadSandboxModule = loadSandboxModule) {
    this.#options = options;
    this.#loadModule = loadModule;
    this.#now = options.now ?? (() => Date.now() / 1000);
  }

  get stage(): SandboxStage {
    return this.#stage;
  }

  /** Why the sandbox could not be loaded (stage `failed`), as a message to say in the page's language. */
  get error(): SandboxMessage | undefined {
    return this.#error;
  }

  /** The sandbox's groups in the order they were added; empty until it is loaded. */
  get groups(): readonly SandboxGroupSummary[] {
    return this.#groups;
  }

  /** The sandbox's readings where the docs are silent, as messages to say; empty until it is loaded. */
  get readings(): SandboxMessage[] {
    void this.#version;
    return this.#sandbox?.readings() ?? [];
  }

  /** Loads the sandbox once. Rejects when its module does not load (then `stage` is `failed`, `error` says
   * why, and the next call tries again). */
  load(): Promise<Sandbox> {
    if (this.#loading) return this.#loading;
    this.#stage = 'loading';
    this.#error = undefined;
    const loading = this.#loadModule().then(
      (module) => {
        this.#module = module;
        const sandbox = module.createSandbox(this.#options);
        this.#sandbox = sandbox;
        this.#unsubscribe = sandbox.subscribe(() => this.#version++);
        this.#stage = 'ready';
        this.#version++;
        return sandbox;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.#stage = 'failed';
        this.#error = loadFailed(error);
        throw error;
      },
    );
    this.#loading = loading;
    return loading;
  }

  /** The sandbox as a Transport (target 'sandbox'): Send's way to it. Loads it on first use. */
  async transport(): Promise<Transport> {
    const sandbox = await this.load();
    if (!this.#transport) this.#transport = this.#module!.createSandboxTransport(sandbox);
    return this.#transport;
  }

  async #change(apply: (sandbox: Sandbox) => SandboxChange): Promise<SandboxEdit> {
    let sandbox: Sandbox;
    try {
      sandbox = await this.load();
    } catch {
      return { ok: false, message: this.#error ?? loadFailed('') };
    }
    const change = apply(sandbox);
    return change.ok ? { ok: true } : { ok: false, message: change.message };
  }

  /** Adds a group (no messages yet). */
  add(group: SandboxGroup): Promise<SandboxEdit> {
    return this.#change((sandbox) => sandbox.addGroup(group));
  }

  /** Adds the group a call named but the sandbox did not know (10010): see groupForCall. */
  addForCall(groupId: string, sendTimes: readonly unknown[] = []): Promise<SandboxEdit> {
    return this.add(groupForCall(groupId, sendTimes, this.#now()));
  }

  /** Changes a group's type or creation time (its stored messages stay). */
  edit(groupId: string, changes: { Type?: GroupType; CreateTime?: number }): Promise<SandboxEdit> {
    return this.#change((sandbox) => sandbox.updateGroup(groupId, changes));
  }

  /** Removes a group and its messages. */
  remove(groupId: string): Promise<SandboxEdit> {
    return this.#change((sandbox) => sandbox.removeGroup(groupId));
  }

  /** Back to the starting groups, with no messages (nothing to do before the sandbox is loaded). */
  reset(): void {
    this.#sandbox?.reset();
  }

  /**
   * A group's stored messages as group_msg_get_simple answers them (newest first, at most 20), following every
   * change; undefined until the sandbox is loaded.
   */
  readBack(groupId: string, options: ReadBackOptions = {}): GroupMsgGetSimpleAnswer | undefined {
    void this.#version;
    return this.#sandbox?.readMessages(groupId, {
      ReqMsgNumber: options.reqMsgNumber ?? 20,
      ReqMsgSeq: options.reqMsgSeq,
      TopicId: options.topicId,
    });
  }

  /** Stops following the sandbox (the page is going away). */
  dispose(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
