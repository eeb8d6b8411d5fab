/**
 * The one place the batch feature turns untrusted text into values. Replaceable: when the core gets its own safe
 * JSON reader, only this file changes.
 *
 * Why plain `JSON.parse` is the safe path here: it defines every key with CreateDataProperty, so `"__proto__"`
 * becomes an ordinary own property and never reaches an object's prototype (a reviver would add nothing but
 * cost: it makes parsing 3 to 5 times slower). V8's JSON parser is iterative, so deep nesting does not overflow
 * the stack. What stays the caller's job: never copy untrusted keys with `obj[key] = value` or `Object.assign`
 * (a `__proto__` key would then hit the setter), and never `JSON.stringify` or recurse into untrusted values
 * without a guard (both recurse).
 */

export type JsonReadResult = { ok: true; value: unknown } | { ok: false; error: JsonReadError };

export interface JsonReadError {
  /** UTF-16 offset of the error in the text, when the engine says where. */
  offset?: number;
  /** The engine's own wording, for the detail line. */
  detail: string;
}

const POSITION = /position (\d+)/;

/** Parses a JSON text. Never throws. */
export function readJson(text: string): JsonReadResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const match = POSITION.exec(detail);
    return {
      ok: false,
      error: { detail: detail.slice(0, 200), offset: match ? Number(match[1]) : undefined },
    };
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An own property of an untrusted object (never one inherited from its prototype). */
export function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}
