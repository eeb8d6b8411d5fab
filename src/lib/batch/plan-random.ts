/**
 * No two planned messages of one sender may share a Random: the service drops the later of two within five
 * minutes as a duplicate (on SendTime or on the import clock: unconfirmed, so a derived Random is kept unique for
 * the sender across the whole plan). A derived Random that collides is derived again with a salt; two given
 * Randoms of one sender within five minutes of SendTime make the later a problem, as the service would drop it.
 * Runs in linear time: an open-addressing table keyed by (Random, sender) whose entries chain equal keys.
 */
import { ContentHash } from './hash';

export const DUPLICATE_WINDOW_SECONDS = 300;

function senderHash(from: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < from.length; i++) h = Math.imul(h ^ from.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Makes derived Randoms unique per sender, in place. Returns the given-Random duplicates: input index → the
 * input index of the earlier message it repeats.
 */
export function makeRandomsUnique(
  accepted: number[][],
  from: string[],
  sendTime: Float64Array,
  random: Uint32Array,
  assigned: Uint8Array,
  contentHash: Float64Array,
): Map<number, number> {
  let count = 0;
  for (const kept of accepted) count += kept.length;
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1); // input index of the newest entry with this key
  const next = new Map<number, number>(); // chain: input index → an earlier one with the same key (rare)
  const senderHashes = new Map<string, number>();
  const conflicts = new Set<number>(); // table slots whose chain has more than one entry

  const slotOf = (i: number): number => {
    let hash = senderHashes.get(from[i]);
    if (hash === undefined) senderHashes.set(from[i], (hash = senderHash(from[i])));
    let slot = (Math.imul(random[i] ^ hash, 2654435761) >>> 0) & mask;
    for (;;) {
      const j = table[slot];
      if (j === -1 || (random[j] === random[i] && from[j] === from[i])) return slot;
      slot = (slot + 1) & mask;
    }
  };
  const insert = (i: number) => {
    const slot = slotOf(i);
    if (table[slot] !== -1) {
      next.set(i, table[slot]);
      conflicts.add(slot);
    }
    table[slot] = i;
  };
  for (const kept of accepted) for (const i of kept) insert(i);

  const duplicates = new Map<number, number>();
  const salts = new Map<number, number>();
  // Re-derived Randoms may land on another chain: repeat until no chain has two entries.
  while (conflicts.size > 0) {
    const slots = [...conflicts];
    conflicts.clear();
    for (const slot of slots) {
      const chain: number[] = [];
      for (let i: number | undefined = table[slot]; i !== undefined && i !== -1; i = next.get(i))
        chain.push(i);
      for (const i of chain) next.delete(i);
      chain.sort((a, b) => sendTime[a] - sendTime[b] || a - b);
      // Given Randoms stay; derived ones move, except the first when no given one shares the key.
      const givenOnes = chain.filter((i) => assigned[i] === 0);
      const keep = givenOnes.length > 0 ? givenOnes : [chain[0]];
      table[slot] = -1;
      let lastKept = -1;
      for (const i of keep) {
        if (lastKept !== -1 && sendTime[i] - sendTime[lastKept] <= DUPLICATE_WINDOW_SECONDS) {
          duplicates.set(i, lastKept);
          continue;
        }
        if (table[slot] !== -1) next.set(i, table[slot]); // same key, far apart: allowed, kept chained
        table[slot] = i;
        lastKept = i;
      }
      const kept = new Set(keep);
      for (const i of chain) {
        if (kept.has(i)) continue;
        const salt = (salts.get(i) ?? 0) + 1;
        salts.set(i, salt);
        random[i] = new ContentHash(salt).number(contentHash[i]).low;
        const moved = slotOf(i);
        if (table[moved] !== -1) {
          next.set(i, table[moved]);
          conflicts.add(moved);
        }
        table[moved] = i;
      }
    }
  }
  return duplicates;
}
