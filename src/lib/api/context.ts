/**
 * The validation context: what the rules need to know of the world outside the request. One type end to end:
 * the settings panel edits it, the workspace holds it, share links carry it, the worker client sends it, the
 * core validates with it. Zod-free, so the page may import it (`../api/context`) without the validator.
 */
import { DEFAULT_MAX_MESSAGE_BYTES, systemClock, type Clock } from './facts';
import type { GroupType } from './types';

/** The context as the user sets it: every field may be unset. */
export interface ValidationContext {
  /** "Now", Unix seconds; unset: the live clock at validation time. */
  now?: number;
  /** Unset: the rules that depend on the group type are skipped. */
  groupType?: GroupType;
  /** The group's CreateTime, Unix seconds; unset: not checked. */
  groupCreateTime?: number;
  /** SendTime of the newest message already in the group, Unix seconds; unset: not checked. */
  latestMsgTime?: number;
  /** Per-message byte budget; unset: DEFAULT_MAX_MESSAGE_BYTES (one of BYTE_BUDGETS). */
  maxMessageBytes?: number;
}

/** The context as the rules read it: `now` read from the clock and the budget defaulted. */
export interface ResolvedContext extends ValidationContext {
  now: number;
  maxMessageBytes: number;
}

const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * Fills what is unset: `now` from `clock`, the budget from its default. A value that is not a finite number
 * (from an old share link or a hostile caller) counts as unset; unset optional fields are left out, not
 * `undefined`. Resolving a resolved context changes nothing.
 */
export function resolveContext(
  context: ValidationContext | undefined,
  clock: Clock = systemClock,
): ResolvedContext {
  const given = context ?? {};
  const resolved: ResolvedContext = {
    now: finite(given.now) ?? clock(),
    maxMessageBytes: finite(given.maxMessageBytes) ?? DEFAULT_MAX_MESSAGE_BYTES,
  };
  if (given.groupType !== undefined) resolved.groupType = given.groupType;
  for (const key of ['groupCreateTime', 'latestMsgTime'] as const) {
    const time = finite(given[key]);
    if (time !== undefined) resolved[key] = time;
  }
  return resolved;
}
