import { buildImportRequest } from '../../../src/lib/api/request';
import { generateUserSig } from '../../../src/lib/api/usersig';
import {
  createSandbox,
  SANDBOX_IDENTIFIER,
  SANDBOX_SDK_APP_ID,
  SANDBOX_USER_SIG,
  type Sandbox,
  type SandboxOptions,
} from '../../../src/lib/sandbox';

/** A fixed "now" for tests: 2024-01-01T00:00:00Z. */
export const NOW = 1704067200;
export const GROUP = '@TGS#2C5SZEAEF';
export const CREATED = 1620000000;

export const CREDENTIALS = {
  sdkAppId: SANDBOX_SDK_APP_ID,
  identifier: SANDBOX_IDENTIFIER,
  userSig: SANDBOX_USER_SIG,
};

/** A sandbox on a clock the test moves by hand. */
export function testSandbox(options: SandboxOptions = {}): { sandbox: Sandbox; clock: { now: number } } {
  const clock = { now: NOW };
  return { sandbox: createSandbox({ now: () => clock.now, ...options }), clock };
}

/** The URL the console would send, with the built-in credentials unless others are given. */
export function importUrl(overrides: Partial<typeof CREDENTIALS> = {}): string {
  return buildImportRequest({ host: 'console.tim.qq.com', body: '', ...CREDENTIALS, ...overrides }).url;
}

export function url(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  return `https://console.tim.qq.com${path}?${params}`;
}

export const IMPORT = '/v4/group_open_http_svc/import_group_msg';
export const GET_SIMPLE = '/v4/group_open_http_svc/group_msg_get_simple';

export const defaultQuery = () => ({
  sdkappid: SANDBOX_SDK_APP_ID,
  identifier: SANDBOX_IDENTIFIER,
  usersig: SANDBOX_USER_SIG,
  random: '12345',
  contenttype: 'json',
});

export interface Answer {
  ActionStatus: string;
  ErrorInfo: string;
  ErrorCode: number;
  ImportMsgResult?: { MsgSeq: number; MsgTime: number; Result: number }[];
  [key: string]: unknown;
}

/** Sends a body (an object is serialized) and parses the answer, checking it is HTTP 200 JSON. */
export async function send(sandbox: Sandbox, body: unknown, target = importUrl()): Promise<Answer> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await sandbox.handle(target, text);
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  return JSON.parse(response.bodyText) as Answer;
}

export function text(content: string) {
  return [{ MsgType: 'TIMTextElem', MsgContent: { Text: content } }];
}

let counter = 0;
/** A message at `sendTime`; Random only when given. */
export function message(sendTime: number, extra: Record<string, unknown> = {}) {
  counter++;
  return { From_Account: 'leckie', SendTime: sendTime, MsgBody: text(`message ${counter}`), ...extra };
}

export const request = (messages: unknown[], extra: Record<string, unknown> = {}) => ({
  GroupId: GROUP,
  MsgList: messages,
  ...extra,
});

export async function userSigFor(
  sdkAppId: number,
  identifier: string,
  time: number,
  expire: number,
): Promise<string> {
  return generateUserSig({
    sdkAppId,
    identifier,
    secretKey: 'any key: the sandbox never checks it',
    expireSeconds: expire,
    now: time,
  });
}
