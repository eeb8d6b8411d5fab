/**
 * A stable 53-bit content hash (cyrb53's mixing, two 32-bit lanes) over a canonical form of JSON values: object
 * keys sorted, types tagged, strings length-prefixed, so two values hash alike exactly when they are equal JSON.
 * Iterative: a deeply nested value cannot overflow the stack. Same result on every run and every platform.
 */

export class ContentHash {
  #h1 = 0xdeadbeef;
  #h2 = 0x41c6ce57;

  constructor(seed = 0) {
    this.#h1 ^= seed;
    this.#h2 ^= seed;
  }

  #code(code: number): void {
    this.#h1 = Math.imul(this.#h1 ^ code, 2654435761);
    this.#h2 = Math.imul(this.#h2 ^ code, 1597334677);
  }

  string(text: string): this {
    this.#code(0x73);
    this.#code(text.length);
    for (let i = 0; i < text.length; i++) this.#code(text.charCodeAt(i));
    return this;
  }

  number(value: number): this {
    this.#code(0x6e);
    if (Number.isSafeInteger(value)) {
      // Two 32-bit halves: the same for the same integer, without building its decimal string.
      this.#code((value % 4294967296) | 0);
      this.#code(Math.floor(value / 4294967296) | 0);
      return this;
    }
    return this.string(String(value));
  }

  /** Any JSON value, canonically. Non-JSON values (undefined, functions) hash as a tag of their type. */
  value(root: unknown): this {
    const stack: unknown[] = [root];
    const CLOSE = stack; // a marker no JSON value can be
    while (stack.length > 0) {
      const value = stack.pop();
      if (value === CLOSE) this.#code(0x7d);
      else if (typeof value === 'string') this.string(value);
      else if (typeof value === 'number') this.number(value);
      else if (typeof value === 'boolean') this.#code(value ? 0x74 : 0x66);
      else if (value === null) this.#code(0x6c);
      else if (Array.isArray(value)) {
        this.#code(0x5b);
        this.#code(value.length);
        stack.push(CLOSE);
        for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      } else if (typeof value === 'object') {
        const keys = Object.keys(value);
        if (keys.length > 1) keys.sort();
        this.#code(0x7b);
        this.#code(keys.length);
        stack.push(CLOSE);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push((value as Record<string, unknown>)[keys[i]]);
          stack.push(keys[i]);
        }
      } else this.#code(0x75);
    }
    return this;
  }

  /** Low lane as uint32. */
  get low(): number {
    return this.#finish()[0];
  }

  /** Both lanes: [low uint32, high 21 bits]. */
  #finish(): [number, number] {
    let h1 = this.#h1;
    let h2 = this.#h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return [h1 >>> 0, (h2 >>> 0) & 0x1fffff];
  }

  /** The full 53-bit value, as a safe integer. */
  get full(): number {
    const [low, high] = this.#finish();
    return high * 4294967296 + low;
  }
}

/** A short fingerprint as hex (e.g. a plan's id). */
export function hex53(value: number): string {
  return value.toString(16).padStart(14, '0');
}
