/**
 * Reads a zip's central directory and inflates the entries asked for, with fflate's inflate (loaded only here).
 * Guards against hostile archives: entry names that leave the archive (`../`, absolute, drive letters) refuse the
 * whole zip; the declared sizes of the entries read are capped before anything is inflated, each entry inflates
 * into a buffer of its declared size (a lying size is caught by its CRC-32), and the entry count is capped.
 */
import { inflateSync } from 'fflate';
import { ImportError } from './errors';
import type { InputFile, ReadLimits } from './types';

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

let crcTable: Int32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[i] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** True when the bytes start like a zip (a local header, or an empty archive's end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const sig = (bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24)) >>> 0;
  return sig === LOCAL || sig === EOCD;
}

/** A zip entry's name as a safe relative path, or undefined when it points outside the archive. */
export function safeEntryPath(name: string): string | undefined {
  const path = name.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\0')) return undefined;
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return undefined;
  return segments.join('/');
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function damaged(detail: string): ImportError {
  return new ImportError('zip.damaged', { detail });
}

function readEntries(bytes: Uint8Array, limits: ReadLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged('no central directory at its end: the download may be incomplete');
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if (end >= 20 && u32(end - 20) === EOCD64_LOCATOR) {
    const at = u64(end - 12);
    if (at + 56 > bytes.length || u32(at) !== EOCD64) throw damaged('a broken ZIP64 end record');
    count = u64(at + 32);
    offset = u64(at + 48);
  }
  if (count > limits.maxZipEntries)
    throw new ImportError('zip.too-many-entries', { limit: limits.maxZipEntries });
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw damaged('a broken central directory entry');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const entry: Entry = {
      flags: u16(at + 8),
      method: u16(at + 10),
      crc: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    // ZIP64 extra field: the 64-bit values of whichever fields hold 0xFFFFFFFF, in this order.
    let x = at + 46 + nameLength;
    const extraEnd = x + extraLength;
    while (x + 4 <= extraEnd && x + 4 <= bytes.length) {
      const id = u16(x);
      const length = u16(x + 2);
      if (id === 1) {
        let field = x + 4;
        if (entry.size === 0xffffffff) {
          entry.size = u64(field);
          field += 8;
        }
        if (entry.compressedSize === 0xffffffff) {
          entry.compressedSize = u64(field);
          field += 8;
        }
        if (entry.localOffset === 0xffffffff) entry.localOffset = u64(field);
      }
      x += 4 + length;
    }
    entries.push(entry);
    at = extraEnd + commentLength;
  }
  return entries;
}

/**
 * The files of a zip, as InputFiles whose `read` inflates on demand. Only entries for which `want(path)` is true
 * can be read; their declared sizes count against `limits.maxInflatedBytes` up front.
 */
export function openZip(bytes: Uint8Array, limits: ReadLimits, want: (path: string) => boolean): InputFile[] {
  const entries = readEntries(bytes, limits);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files: InputFile[] = [];
  let declared = 0;
  for (const entry of entries) {
    const path = safeEntryPath(entry.name);
    if (path === undefined) throw new ImportError('zip.unsafe-path', { name: entry.name.slice(0, 200) });
    if (entry.name.endsWith('/') || path === '' || !want(path)) continue;
    if (entry.flags & 1) throw new ImportError('zip.encrypted', { name: path });
    if (entry.method !== 0 && entry.method !== 8)
      throw new ImportError('zip.method', { name: path, method: entry.method });
    declared += entry.size;
    if (declared > limits.maxInflatedBytes)
      throw new ImportError('zip.too-large', { limit: limits.maxInflatedBytes });
    files.push({
      path,
      size: entry.size,
      read: async () => {
        const at = entry.localOffset;
        if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
          throw damaged(`no local header for ${path}`);
        const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
        const data = bytes.subarray(start, start + entry.compressedSize);
        if (data.length !== entry.compressedSize) throw damaged(`${path} is cut short`);
        let out: Uint8Array;
        if (entry.method === 0) out = data;
        else {
          try {
            out = inflateSync(data, { out: new Uint8Array(entry.size) });
          } catch (error) {
            throw damaged(
              `${path} does not inflate (${error instanceof Error ? error.message : String(error)})`,
            );
          }
        }
        if (out.length !== entry.size || crc32(out) !== entry.crc)
          throw damaged(`${path} fails its CRC-32 check`);
        return out;
      },
    });
  }
  return files;
}
