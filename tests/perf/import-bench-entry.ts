/**
 * The import benchmark's worker, bundled by import-bench.mjs and run in a fresh Node process per measurement so
 * that each peak memory figure (maxRSS) belongs to one task alone.
 *   generate <file> <count> <short|long>   writes a Telegram Desktop result.json (as export_output_json.cpp does)
 *   parse <file>                           read + UTF-8 decode + JSON.parse: the baseline
 * Each reports wall time and CPU time (user + system, all threads: on a shared machine the steadier figure).
 *   convert <file> <out>                   importExport (read, decode, parse, normalize, map, plan), then write
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { importExport } from '../../src/lib/importers';
import { documentChunks } from '../../src/lib/importers/serialize';

const NOW = 1_800_000_000;

function random(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const WORDS = [
  'hello',
  'meeting',
  'tomorrow',
  'deploy',
  'ok',
  'thanks',
  'привет',
  '你好',
  'café',
  'see',
  'the',
  'report',
  '👍',
  'why',
  'not',
];
const PEOPLE = Array.from({ length: 200 }, (_, i) => ({
  name: `Person ${i} ${WORDS[i % WORDS.length]}`,
  id: `user${1000 + i}`,
}));

function message(i: number, next: () => number, shape: string): Record<string, unknown> {
  const time = 1_600_000_000 + Math.floor(i * (shape === 'long' ? 60 : 1.7));
  const who = PEOPLE[Math.floor(next() * PEOPLE.length)];
  const base = {
    id: i + 1,
    type: 'message',
    date: new Date(time * 1000).toISOString().slice(0, 19),
    date_unixtime: String(time),
    from: who.name,
    from_id: who.id,
  };
  const words = shape === 'long' ? 1800 + Math.floor(next() * 400) : 3 + Math.floor(next() * 25);
  let text = '';
  for (let w = 0; w < words; w++) text += (w ? ' ' : '') + WORDS[Math.floor(next() * WORDS.length)];
  const roll = next();
  if (roll < 0.03)
    return {
      ...base,
      type: 'service',
      actor: who.name,
      actor_id: who.id,
      action: 'pin_message',
      message_id: i,
      text: '',
      text_entities: [],
    };
  if (roll < 0.08)
    return {
      ...base,
      photo: `photos/photo_${i}@01-01-2023_00-00-00.jpg`,
      photo_file_size: 50_000,
      width: 1280,
      height: 960,
      text,
      text_entities: [{ type: 'plain', text }],
    };
  if (roll < 0.1)
    return {
      ...base,
      file: '(File not included. Change data exporting settings to download.)',
      file_name: 'sticker.webp',
      media_type: 'sticker',
      sticker_emoji: '👍',
      width: 512,
      height: 512,
      text: '',
      text_entities: [],
    };
  const parts =
    roll < 0.2 ? [text, { type: 'text_link', text: 'link', href: 'https://example.com/x' }] : text;
  const entities = Array.isArray(parts)
    ? [
        { type: 'plain', text },
        { type: 'text_link', text: 'link', href: 'https://example.com/x' },
      ]
    : [{ type: 'plain', text }];
  const reply = roll < 0.3 && i > 0 ? { reply_to_message_id: Math.max(1, i - Math.floor(next() * 20)) } : {};
  return { ...base, ...reply, text: parts, text_entities: entities };
}

function generate(file: string, count: number, shape: string) {
  const next = random(42);
  const fd = openSync(file, 'w');
  writeSync(
    fd,
    '{\n "name": "Benchmark chat",\n "type": "private_supergroup",\n "id": 1234567890,\n "messages": [',
  );
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer +=
      (i ? ',\n  ' : '\n  ') + JSON.stringify(message(i, next, shape), null, 1).replace(/\n/g, '\n  ');
    if (buffer.length > 1 << 22) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, `${buffer}\n ]\n}\n`);
  closeSync(fd);
}

async function main() {
  const [mode, file, arg, shape] = process.argv.slice(2);
  const report = (figures: Record<string, unknown>) =>
    console.log(JSON.stringify({ ...figures, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  if (mode === 'generate') {
    generate(file, Number(arg), shape);
    report({ mode });
  } else if (mode === 'parse') {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const bytes = readFileSync(file);
    const t1 = performance.now();
    const text = new TextDecoder().decode(bytes);
    const t2 = performance.now();
    const value = JSON.parse(text) as { messages: unknown[] };
    const t3 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    report({
      cpuMs: (cpu.user + cpu.system) / 1000,
      mode,
      messages: value.messages.length,
      readMs: t1 - t0,
      decodeMs: t2 - t1,
      parseMs: t3 - t2,
      totalMs: t3 - t0,
    });
  } else if (mode === 'convert') {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    // as the command reads files: on demand, so the file's bytes are not held for the whole conversion
    const result = await importExport([{ path: 'result.json', read: async () => readFileSync(file) }], {
      now: NOW,
    });
    const t1 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const fd = openSync(arg, 'w');
    for (const chunk of documentChunks(result.document)) writeSync(fd, chunk);
    closeSync(fd);
    const t2 = performance.now();
    const { totals } = result.accounting;
    report({
      cpuMs: (cpu.user + cpu.system) / 1000,
      mode,
      source: totals.source,
      output: totals.messages,
      split: totals.split,
      skipped: totals.skipped,
      convertMs: t1 - t0,
      writeMs: t2 - t1,
    });
  } else throw new Error(`unknown mode ${mode}`);
}

await main();
