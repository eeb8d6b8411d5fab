/**
 * What every fixer reads: the text, its tree, the parsed value, the context, and lazily built shared facts (the
 * SendTime timeline, the Random values in use). One workbench serves one text; fixers never change it.
 */
import type { ResolvedContext, ValidationContext } from '../context';
import type { Diagnostic } from '../types';
import type { ValidationReport } from '../validate';
import type { FixMessageId } from './messages';
import { memberOf, type JsonEntry, type JsonTree } from './tree';
import type { TextEdit } from './types';

export type Validate = (text: string, context: ValidationContext) => ValidationReport;

/** What a fixer answers for one diagnostic: a fix, a reasoned refusal, or nothing (not its case). */
export type FixerOutcome =
  | {
      fix: {
        kind?: 'edit' | 'split';
        id: FixMessageId;
        params?: Record<string, string | number>;
        edits: TextEdit[];
      };
    }
  | { noFix: { id: FixMessageId; params?: Record<string, string | number> } }
  | undefined;

export interface DiagnosticRef {
  rule: string;
  pointer: string;
  offset: number;
  length: number;
}

export type Fixer = (diagnostic: DiagnosticRef, bench: Workbench) => FixerOutcome;

const UINT32_MAX = 0xffffffff;

export class Workbench {
  readonly text: string;
  readonly tree: JsonTree;
  readonly value: unknown;
  readonly context: ResolvedContext;
  /** The validator's diagnostics of this text. */
  readonly diagnostics: readonly Diagnostic[];
  readonly validate: Validate;
  readonly #random: () => number;
  readonly #cache = new Map<string, unknown>();
  #randoms: Set<number> | undefined;

  constructor(init: {
    tree: JsonTree;
    value: unknown;
    context: ResolvedContext;
    diagnostics: readonly Diagnostic[];
    validate: Validate;
    random: () => number;
  }) {
    this.text = init.tree.text;
    this.tree = init.tree;
    this.value = init.value;
    this.context = init.context;
    this.diagnostics = init.diagnostics;
    this.validate = init.validate;
    this.#random = init.random;
  }

  /** The items of MsgList (the last MsgList, as JSON.parse reads it), or undefined. */
  get messages(): JsonEntry[] | undefined {
    const list = memberOf(this.tree.root, 'MsgList')?.node;
    return list?.kind === 'array' ? list.entries : undefined;
  }

  /** The parsed message at `index`, as the validator saw it. */
  messageValue(index: number): unknown {
    const list = (this.value as { MsgList?: unknown } | null)?.MsgList;
    return Array.isArray(list) ? list[index] : undefined;
  }

  /** Computes a fact once per workbench: shared by every diagnostic that needs it (and the same object each time). */
  shared<T>(key: string, make: () => T): T {
    if (!this.#cache.has(key)) this.#cache.set(key, make());
    return this.#cache.get(key) as T;
  }

  /** The Random values of every message (repeated members included) and those handed out since. */
  #randomsInUse(): Set<number> {
    if (!this.#randoms) {
      this.#randoms = new Set();
      for (const message of this.messages ?? []) {
        for (const entry of message.node.entries ?? []) {
          const random = entry.node.value;
          if (entry.key?.name === 'Random' && typeof random === 'number') this.#randoms.add(random);
        }
      }
    }
    return this.#randoms;
  }

  /** Whether a message of the request uses this Random, or a fix handed it out. */
  randomInUse(value: number): boolean {
    return this.#randomsInUse().has(value);
  }

  /** A uint32 (1 to 2^32 - 1) that no message of the request uses, nor any value handed out before. */
  freshRandom(): number {
    const used = this.#randomsInUse();
    let candidate = 0;
    for (let attempt = 0; attempt < 64; attempt++) {
      const scaled = Math.floor(Math.abs(Number(this.#random())) * UINT32_MAX);
      candidate = Number.isFinite(scaled) ? 1 + (scaled % UINT32_MAX) : 1;
      if (!used.has(candidate)) break;
    }
    // A source that keeps repeating itself (a stub, a broken generator): walk on to the next free value.
    while (used.has(candidate)) candidate = candidate >= UINT32_MAX ? 1 : candidate + 1;
    used.add(candidate);
    return candidate;
  }
}

/** `/MsgList/{i}/...` pointers: the message index and the rest of the path, or undefined. */
export function messagePath(pointer: string): { index: number; rest: string } | undefined {
  const match = /^\/MsgList\/(0|[1-9]\d{0,8})(\/[\s\S]*)?$/.exec(pointer);
  return match ? { index: Number(match[1]), rest: match[2] ?? '' } : undefined;
}

type Params = Record<string, string | number>;

/** A fixer's answer: these edits fix it. */
export const offer = (id: FixMessageId, params: Params | undefined, edits: TextEdit[]): FixerOutcome => ({
  fix: { id, ...(params ? { params } : {}), edits },
});

/** A fixer's answer: no fix, for this reason. */
export const refuse = (id: FixMessageId, params?: Params): FixerOutcome => ({
  noFix: { id, ...(params ? { params } : {}) },
});
