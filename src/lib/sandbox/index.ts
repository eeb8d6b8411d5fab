/**
 * The embedded sandbox (load it lazily in the page; it is zod-free and works headless in Node for dry runs).
 * The built-in credentials are in ./credentials, a tiny module the page may import at start-up.
 */
export { createSandbox, IMPORT_PATH, GET_SIMPLE_PATH } from './sandbox';
export type {
  Sandbox,
  SandboxOptions,
  SandboxResponse,
  SandboxDetailedResponse,
  SandboxGroupSummary,
  SandboxChange,
} from './types';
export type { SandboxGroup, StoredMessage } from './store';
export type { GroupMsgGetSimpleAnswer, RspMsgItem } from './get-simple';
export { MAX_MESSAGES_PER_READ } from './get-simple';
export type { ImportMsgResultItem, WireAnswer } from './wire';
export { DUPLICATE_WINDOW_SECONDS, MAX_MESSAGES_PER_CALL } from './import-msg';
export {
  DEFAULT_SANDBOX_GROUPS,
  SANDBOX_DEFAULT_MAX_MESSAGE_BYTES,
  SANDBOX_DEFAULT_RATE_LIMIT,
} from './fixture';
export { SANDBOX_IDENTIFIER, SANDBOX_SDK_APP_ID, SANDBOX_USER_SIG } from './credentials';
export { createSandboxTransport } from './transport';
export {
  SANDBOX_MESSAGE_IDS,
  SANDBOX_READINGS,
  renderSandboxMessage,
  sandboxMessageText,
  type SandboxMessage,
  type SandboxMessageId,
} from './messages';
