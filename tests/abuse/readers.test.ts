// @vitest-environment node
// The abuse suite: every reader of untrusted input, fuzzed with hostile text. Each must answer (never throw,
// never an 'internal' failure), keep `__proto__` a key, and stay within its limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImportResponse, MAX_RESPONSE_ROWS } from '../../src/lib/api/response';
import { readJson } from '../../src/lib/api/safe-json';
import { validateImportRequest } from '../../src/lib/api/validate';
import { loadHistory, HISTORY_KEY, HISTORY_LIMIT } from '../../src/lib/history/history';
import { DRAFT_KEY, MAX_DRAFT_CHARS, loadDraft } from '../../src/lib/persist/draft';
import type { KeyValueStorage } from '../../src/lib/persist/storage';
import { MemoryStorage } from '../lib/persist/fake-storage';
import { compressToBase64Url } from '../../src/lib/share/codec';
import { SHARE_HASH_PREFIX, decodeShareHash } from '../../src/lib/share/share';
import { nextMessage } from '../../src/lib/api/templates';
import {
  applyTextEdits,
  completionText,
  insertionKindAt,
  planNextMessage,
  planTemplateInsertion,
} from '../../src/lib/snippets';
import { CREDENTIALS_KEY, CredentialStore } from '../../src/lib/state/credentials.svelte';
import { damaged, hostileJson, hostileRequest, hostileString } from './hostile';

const NOW = 1_700_000_000;

function storageWith(key: string, value: string): KeyValueStorage {
  return new MemoryStorage({ [key]: value });
}

const requestText = hostileRequest.map((request) => JSON.stringify(request, null, 2));

describe('editor text → validateImportRequest', () => {
  it('answers hostile and damaged requests with placed diagnostics, never an internal failure', () => {
    fc.assert(
      fc.property(damaged(requestText), (text) => {
        const report = validateImportRequest(text, { now: NOW });
        for (const d of report.diagnostics) {
          if (d.rule === 'internal') throw new Error(d.message);
          if (d.offset < 0 || d.offset + d.length > text.length)
            throw new Error(`${d.rule} outside the text`);
        }
        if (report.body !== undefined) expect(readJson(report.body).ok).toBe(true);
        // A `__proto__` key is an unknown key, never the source of a field.
        if (report.request) expect(Object.getPrototypeOf(report.request)).toBe(Object.prototype);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pasted responses → parseImportResponse', () => {
  const responseText = fc
    .record({
      ActionStatus: fc.oneof(fc.constantFrom('OK', 'FAIL'), hostileString),
      ErrorCode: fc.oneof(fc.constantFrom(0, 10004, 70001), hostileJson),
      ErrorInfo: hostileString,
      ImportMsgResult: fc.array(
        fc.oneof(
          fc.record({ MsgSeq: fc.nat(), MsgTime: fc.nat(), Result: fc.constantFrom(0, 10004) }),
          hostileJson,
        ),
        { maxLength: 120 },
      ),
      extra: hostileJson,
    })
    .map(({ extra, ...response }) =>
      JSON.stringify({ __proto__: null, ...response, [String(extra)]: extra }),
    );

  it('answers every hostile response with at most MAX_RESPONSE_ROWS rows and no failure of its own', () => {
    fc.assert(
      fc.property(damaged(responseText), (text) => {
        const report = parseImportResponse(text);
        expect(report.problems.map((p) => p.message).join(' ')).not.toMatch(/could not be read/);
        expect(report.rows.length).toBeLessThanOrEqual(MAX_RESPONSE_ROWS);
        if (report.ok) expect(report.status).toBe('OK');
      }),
      { numRuns: 300 },
    );
  });

  it('never reads a response hidden under __proto__ as valid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ MsgSeq: fc.nat(), MsgTime: fc.nat(), Result: fc.constant(0) })),
        (results) => {
          const valid = JSON.stringify({
            ActionStatus: 'OK',
            ErrorCode: 0,
            ErrorInfo: '',
            ImportMsgResult: results,
          });
          expect(parseImportResponse(`{"__proto__": ${valid}}`).ok).toBe(false);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('share links → decodeShareHash', () => {
  it('answers any hash: none, ok or a message, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string().map((s) => SHARE_HASH_PREFIX + s),
          fc.base64String().map((s) => SHARE_HASH_PREFIX + s.replace(/=/g, '')),
          hostileString,
        ),
        async (hash) => {
          const result = await decodeShareHash(hash);
          expect(['none', 'ok', 'error']).toContain(result.kind);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('opens compressed hostile payloads, applying only well-typed settings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileJson,
          fc.record({
            v: fc.constant(1),
            body: hostileString,
            hostChoice: hostileJson,
            context: hostileJson,
          }),
        ),
        async (payload) => {
          const hash = SHARE_HASH_PREFIX + (await compressToBase64Url(JSON.stringify(payload) ?? 'null'));
          const result = await decodeShareHash(hash);
          if (result.kind !== 'ok') return;
          expect(typeof result.settings.body).toBe('string');
          const { hostChoice, context } = result.settings;
          if (hostChoice !== undefined) expect(['primary', 'backup', 'custom']).toContain(hostChoice);
          for (const value of Object.values(context ?? {}))
            expect(['string', 'number']).toContain(typeof value);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('storage → loadDraft, loadHistory, credential profiles', () => {
  const stored = fc.oneof(
    hostileString,
    hostileJson.map((v) => JSON.stringify(v) ?? ''),
    fc.string(),
  );

  it('loadDraft gives text within the cap or nothing', () => {
    fc.assert(
      fc.property(stored, (value) => {
        const draft = loadDraft(storageWith(DRAFT_KEY, value));
        expect(draft === undefined || draft.length <= MAX_DRAFT_CHARS).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('loadHistory gives well-formed entries without a UserSig', () => {
    const entry = fc.record({
      id: hostileString,
      time: fc.oneof(fc.nat(), hostileJson),
      regionId: hostileString,
      host: hostileString,
      redactedUrl: fc.oneof(
        hostileString,
        hostileString.map((s) => `https://h/p?usersig=SECRET${s}`),
      ),
      body: hostileString,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          stored,
          fc.array(fc.oneof(entry, hostileJson)).map((a) => JSON.stringify(a)),
        ),
        (raw) => {
          const entries = loadHistory(storageWith(HISTORY_KEY, raw));
          expect(entries.length).toBeLessThanOrEqual(HISTORY_LIMIT);
          for (const e of entries) {
            expect(typeof e.body).toBe('string');
            expect(e.redactedUrl).not.toMatch(/usersig=SECRET/i);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('credential profiles load with unique ids, or fall back to one empty profile', () => {
    const profile = fc.record({
      id: fc.oneof(fc.constantFrom('a', 'b', ''), hostileString),
      name: hostileString,
      sdkAppId: hostileString,
      identifier: hostileString,
      userSig: hostileString,
    });
    const raw = fc.oneof(
      stored,
      fc
        .record({
          profiles: fc.array(fc.oneof(profile, hostileJson), { maxLength: 6 }),
          activeId: hostileJson,
        })
        .map((data) => JSON.stringify(data)),
    );
    fc.assert(
      fc.property(raw, (value) => {
        const store = new CredentialStore({ session: storageWith(CREDENTIALS_KEY, value), local: undefined });
        const ids = store.profiles.map((p) => p.id);
        expect(ids.length).toBeGreaterThan(0);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toContain(store.activeId);
      }),
      { numRuns: 150 },
    );
  });
});

describe('snippets insertion', () => {
  const element = {
    id: 'e',
    kind: 'element' as const,
    value: { MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } },
  };
  const message = { id: 'm', kind: 'message' as const, value: nextMessage(undefined, 1) };

  it('plans an insertion or says why, for any text and cursor; a plan gives readable JSON(C)', () => {
    fc.assert(
      fc.property(damaged(requestText), fc.nat(), (text, cursor) => {
        const at = cursor % (text.length + 1);
        for (const template of [element, message]) {
          const plan = planTemplateInsertion(text, at, template);
          if (!plan.ok) {
            expect(plan.message.length).toBeGreaterThan(10);
            continue;
          }
          expect(readJson(applyTextEdits(text, plan.edits), { lenient: true }).ok).toBe(true);
        }
        const next = planNextMessage(text, 5, nextMessage);
        expect(typeof next.ok).toBe('boolean');
        insertionKindAt(text, at);
        expect(typeof completionText(text, at, element.value)).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
