/**
 * The send feature's public face: the transports (direct, relay) behind the Transport seam, and the
 * explanations of their failures. Load it lazily (a dynamic import on first send), never at start-up.
 */
export * from './transport';
export {
  createDirectTransport,
  pageConnectSrc,
  DIRECT_TIMEOUT_MS,
  type DirectTransportOptions,
} from './direct';
export { createRelayTransport, relayUrlFor, RELAY_TIMEOUT_MS, type RelayTransportOptions } from './relay';
export {
  explainSendFailure,
  sendFailureCase,
  SEND_MESSAGES,
  type SendExplanation,
  type SendFailureCase,
  type SendMessageId,
  type SendMessageParams,
} from './messages';
export { RELAY_REFUSALS, type RelayRefusalReason } from './relay-protocol';
