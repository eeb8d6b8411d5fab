// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadCoreLocale } from '../../../src/lib/api/i18n/render';
import {
  SEND_MESSAGES,
  explainSendFailure,
  sendFailureCase,
  sendMessage,
  type SendMessageId,
  type SendMessageParams,
} from '../../../src/lib/send/messages';
import { RELAY_REFUSALS } from '../../../src/lib/send/relay-protocol';
import { TARGETS, type SendFailureKind, type SendResult } from '../../../src/lib/send/transport';

const KINDS: SendFailureKind[] = [
  'blocked',
  'csp',
  'timeout',
  'aborted',
  'offline',
  'mixed-content',
  'http-status',
  'not-json',
  'truncated',
  'relay-refused',
  'internal',
];

const failed = (kind: SendFailureKind, detail?: string, extra: Partial<SendResult> = {}): SendResult => ({
  target: 'direct',
  status: 0,
  bodyText: '',
  durationMs: 1234,
  failure: detail === undefined ? { kind } : { kind, detail },
  ...extra,
});

const PARAMS: SendMessageParams = {
  host: 'h.example',
  seconds: 10,
  status: 502,
  statusText: ' Bad Gateway',
  limitKb: 1024,
  detail: 'd',
};

describe('the send catalog', () => {
  it('has a title, what and todo for every case, each a sentence', () => {
    const ids = Object.keys(SEND_MESSAGES).filter((id) => !id.startsWith('term.'));
    const cases = new Set(ids.map((id) => id.slice(0, id.lastIndexOf('.'))));
    for (const which of cases) {
      for (const part of ['title', 'what', 'todo']) {
        const id = `${which}.${part}` as SendMessageId;
        expect(ids, id).toContain(id);
        const text = sendMessage(id, PARAMS);
        expect(text.trim().length, id).toBeGreaterThan(3);
        expect(text, id).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('explains every failure kind for every target, never with an empty part', () => {
    for (const target of TARGETS) {
      for (const kind of KINDS) {
        for (const detail of [undefined, '', 'weird <detail> "x"']) {
          const explanation = explainSendFailure(failed(kind, detail, { target, status: 500 }));
          expect(explanation, `${target} ${kind}`).toBeDefined();
          expect(explanation?.title).toMatch(/\S/);
          expect(explanation?.what).toMatch(/\S/);
          expect(explanation?.todo).toMatch(/\S/);
        }
      }
    }
  });

  it('explains every relay refusal reason by its own case, and an unknown one generically', () => {
    for (const reason of Object.keys(RELAY_REFUSALS)) {
      const found = sendFailureCase(
        failed(
          reason === 'upstream-timeout' ? 'timeout' : 'relay-refused',
          reason === 'upstream-timeout' ? 'relay-upstream' : reason,
        ),
      );
      expect(found?.case, reason).not.toBe('relay-other');
    }
    expect(sendFailureCase(failed('relay-refused', 'toString'))?.case).toBe('relay-other');
    expect(sendFailureCase(failed('relay-refused', '__proto__'))?.case).toBe('relay-other');
  });

  it('gives nothing for a result without failure', () => {
    expect(
      explainSendFailure({ target: 'sandbox', status: 200, bodyText: '{}', durationMs: 1 }),
    ).toBeUndefined();
  });

  it('an unknown failure kind (a newer page state) is explained as internal, not a crash', () => {
    const odd = failed('nonsense' as SendFailureKind, 'x');
    expect(explainSendFailure(odd)?.case).toBe('internal');
  });

  it('rounds the seconds of a timeout from its duration, at least 1', () => {
    expect(explainSendFailure(failed('timeout', undefined, { durationMs: 15_020 }))?.title).toBe(
      'No answer within 15 s',
    );
    expect(explainSendFailure(failed('timeout', undefined, { durationMs: 3 }))?.title).toBe(
      'No answer within 1 s',
    );
  });

  it('names the blocked host and tells the direct and relay cases apart', () => {
    const direct = explainSendFailure(failed('blocked', 'console.tim.qq.com'));
    expect(direct?.case).toBe('blocked');
    expect(direct?.what).toContain('console.tim.qq.com');
    const viaRelay = explainSendFailure(failed('blocked', '127.0.0.1:4173', { target: 'relay' }));
    expect(viaRelay?.case).toBe('blocked-relay');
    expect(viaRelay?.what).toContain('127.0.0.1:4173');
  });

  it('an http-status of 5xx speaks of a gateway, of 4xx of a proxy or another host', () => {
    expect(explainSendFailure(failed('http-status', 'Bad Gateway', { status: 502 }))).toMatchObject({
      case: 'http-5xx',
      title: 'HTTP 502 Bad Gateway instead of 200',
    });
    expect(explainSendFailure(failed('http-status', undefined, { status: 429 }))).toMatchObject({
      case: 'http-other',
      title: 'HTTP 429 instead of 200',
    });
  });

  it('says a missing host or detail in words, never as an empty gap', () => {
    expect(explainSendFailure(failed('blocked', ''))?.what).toMatch(/^The call to the host got no answer/);
    expect(explainSendFailure(failed('blocked', '', { target: 'relay' }))?.what).toContain('(this origin)');
    expect(explainSendFailure(failed('internal'))?.what).toBe(
      'An unexpected error in the console itself: no details.',
    );
  });
});

describe('the send catalog in zh-CN', () => {
  it('is English until the core zh-CN catalogs are loaded, then Chinese with the same facts', async () => {
    const timeout = failed('timeout', undefined, { durationMs: 15_020 });
    expect(explainSendFailure(timeout, 'zh-CN')).toEqual(explainSendFailure(timeout));
    await loadCoreLocale('zh-CN');
    expect(explainSendFailure(timeout, 'zh-CN')).toMatchObject({
      case: 'timeout',
      title: '15 秒内没有应答',
      what: expect.stringContaining('15 秒内没有收到应答'),
    });
    const blocked = explainSendFailure(failed('blocked', 'console.tim.qq.com'), 'zh-CN');
    expect(blocked?.what).toContain('发往 console.tim.qq.com 的请求');
    expect(blocked?.what).toContain('跨域');
    expect(explainSendFailure(failed('blocked', ''), 'zh-CN')?.what).toContain('发往 该域名 的请求');
    expect(explainSendFailure(failed('http-status', 'Bad Gateway', { status: 502 }), 'zh-CN')?.title).toBe(
      'HTTP 502 Bad Gateway，而不是 200',
    );
    // English stays English after the load.
    expect(explainSendFailure(timeout, 'en')?.title).toBe('No answer within 15 s');
  });

  it('explains every failure kind in Chinese, for every target', async () => {
    await loadCoreLocale('zh-CN');
    for (const target of TARGETS) {
      for (const kind of KINDS) {
        const explanation = explainSendFailure(failed(kind, 'x', { target, status: 500 }), 'zh-CN');
        for (const part of [explanation?.title, explanation?.what, explanation?.todo]) {
          expect(part, `${target} ${kind}`).toMatch(/[\u4e00-\u9fff]/);
          expect(part).not.toMatch(/undefined|NaN|\{|@none|@unknown|@origin/);
        }
      }
    }
  });
});
