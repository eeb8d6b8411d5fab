/** The file system and console for runImportCommand under Node (`npm run migrate -- import …`). */
import { createWriteStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { once } from 'node:events';
import type { ImportIo } from '../lib/importers/cli';

async function listRecursive(root: string): Promise<string[]> {
  const out: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) out.push(relative(root, full).split(sep).join('/'));
    }
  }
  return out.sort();
}

export const nodeImportIo: ImportIo = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  async writeFile(path, data) {
    const stream = createWriteStream(path);
    let failure: unknown;
    stream.on('error', (error) => (failure = error));
    const finished = once(stream, 'close');
    for (const chunk of typeof data === 'string' ? [data] : data) {
      if (failure) break;
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), finished]);
    }
    stream.end();
    await finished;
    if (failure) throw failure;
  },
  async listDirectory(path) {
    const info = await stat(path);
    return info.isDirectory() ? listRecursive(path) : undefined;
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
