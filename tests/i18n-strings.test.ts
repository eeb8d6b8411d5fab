// @vitest-environment node
// No user-visible English outside the catalogs: every component's markup is parsed (Svelte's own parser) and
// each text node and each attribute people read (aria-label, title, placeholder, alt…) must come from an
// expression (a `t('…')` call), not be written in the markup. What may stay literal: punctuation, symbols,
// numbers, and the few tokens that are the same in every language (product, field and protocol names).
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);

function svelteFiles(dir: URL): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory()) out.push(...svelteFiles(url));
    else if (entry.name.endsWith('.svelte')) out.push(url.pathname);
  }
  return out;
}

const FILES = [new URL('src/App.svelte', root).pathname, ...svelteFiles(new URL('src/lib/', root))];

/** Attributes whose value a person reads (or a screen reader says). */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Elements whose text is code or keys, the same in every language. */
const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp', 'pre']);

/** Words that read the same in both languages: names of the product, the API, its fields and protocols. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'Group Import Console',
  'JSON',
  'curl',
  'URL',
  'HTTP',
  'UTC',
  'ErrorCode',
  'ErrorInfo',
  'ActionStatus',
  'OK',
  'SDKAppID',
  'UserSig',
  'GroupId',
  'MsgList',
  'SendTime',
  'Random',
  'MsgBody',
  'From_Account',
  'MsgSeq',
  'MsgTime',
  'Result',
  'import_group_msg',
  'Ctrl',
  'Cmd',
  'Enter',
  'Esc',
  'English',
  '中文',
]);

/** True for literal text a person reads that is written in one language. */
function isWords(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!/[A-Za-z]{2}|[\u4e00-\u9fff]/.test(trimmed)) return false;
  // Punctuation around a name (`MsgList[`, `(UTC)`) does not make it words.
  return !SAME_IN_EVERY_LANGUAGE.has(trimmed.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
}

interface Node {
  type: string;
  name?: string;
  data?: string;
  value?: unknown;
  start: number;
  [key: string]: unknown;
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function literalsIn(source: string): string[] {
  const ast = parse(source, { modern: true });
  const found: string[] = [];
  const stack: unknown[] = [ast.fragment];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const child of node) stack.push(child);
      continue;
    }
    const n = node as Node;
    if (n.type === 'Text' && typeof n.data === 'string' && isWords(n.data)) {
      found.push(`line ${lineOf(source, n.start)}: text "${n.data.trim().slice(0, 60)}"`);
    }
    if (n.type === 'Attribute') {
      // Only the attributes people read; a class name or a role is not words.
      if (n.name && READ_ATTRIBUTES.has(n.name) && Array.isArray(n.value)) {
        for (const part of n.value as Node[]) {
          if (part.type === 'Text' && typeof part.data === 'string' && isWords(part.data))
            found.push(`line ${lineOf(source, part.start)}: ${n.name}="${part.data.slice(0, 60)}"`);
        }
      }
      continue;
    }
    // Code and keys are written as they are typed, in every language.
    if (n.type === 'RegularElement' && n.name && CODE_ELEMENTS.has(n.name)) continue;
    // <style> and <script> are not markup; everything else (elements, blocks, snippets) is walked.
    for (const [key, value] of Object.entries(n)) {
      if (key === 'type' || key === 'css' || key === 'instance' || key === 'module') continue;
      if (value && typeof value === 'object') stack.push(value);
    }
  }
  return found;
}

/** String literals of a component's script that read as a sentence or a label of several words. */
function scriptPhrasesIn(source: string): string[] {
  const ast = parse(source, { modern: true });
  const found: string[] = [];
  const stack: unknown[] = [ast.instance?.content, ast.module?.content];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const child of node) stack.push(child);
      continue;
    }
    const n = node as Node;
    if (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration') continue;
    const texts =
      n.type === 'Literal' && typeof n.value === 'string'
        ? [n.value]
        : n.type === 'TemplateElement'
          ? [String((n.value as { cooked?: string }).cooked ?? '')]
          : [];
    for (const text of texts) {
      if (/[A-Za-z]{2,} [A-Za-z]{2,}/.test(text) || /[\u4e00-\u9fff]/.test(text))
        found.push(`line ${lineOf(source, n.start)}: script "${text.slice(0, 60)}"`);
    }
    for (const [key, value] of Object.entries(n)) {
      if (key !== 'type' && value && typeof value === 'object') stack.push(value);
    }
  }
  return found;
}

describe('no user-visible words outside the catalogs', () => {
  it('finds the components', () => {
    expect(FILES.length).toBeGreaterThan(20);
  });

  it('catches a literal in a text node and in a read attribute (the scan itself)', () => {
    const found = literalsIn('<button title="Copy the URL">Send</button><p>{t("x")} — 7</p>');
    expect(found).toEqual(['line 1: text "Send"', 'line 1: title="Copy the URL"']);
  });

  it('catches a phrase in a script (the scan itself)', () => {
    const found = scriptPhrasesIn(
      "<script>import x from 'a b';\nconst label = 'Copy the URL';\nconst id = 'panel-request';</script>",
    );
    expect(found).toEqual(['line 2: script "Copy the URL"']);
  });

  it.each(FILES.map((file) => [file.slice(new URL('src/', root).pathname.length), file]))(
    '%s writes no words in its markup',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      expect([...literalsIn(source), ...scriptPhrasesIn(source)]).toEqual([]);
    },
  );
});
