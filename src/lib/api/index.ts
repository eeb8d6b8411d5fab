/**
 * The domain core's public face: everything the console knows about import_group_msg, as plain TypeScript.
 * Names that need zod (schemas, validation, docs, response parsing) are best loaded lazily by the page.
 */
export * from './types';
// zod-free facts and the context type: the page imports these modules directly (`api/facts`, `api/context`)
export * from './facts';
export * from './context';
export * from './schema';
export * from './validate';
// Fixes run the validator: the page loads them lazily, like the validator itself
export * from './fix';
// zod-free, so the page can measure bytes without loading the validator
export { utf8ByteLength, messageByteSize } from './validate/size';
export * from './templates';
export { SEED_REQUEST_TEXT, SEED_RESPONSE_TEXT } from './seed';
export * from './codes';
export * from './regions';
export { hostWords } from './i18n/hosts';
export * from './request';
export * from './response';
// zod-free: the one reader of untrusted JSON text, for the page too (share links, storage, batch files)
export * from './safe-json';
export * from './messages';
// zod-free: the core's words by message id; English built in, other languages load on demand (own chunk)
export {
  coreCatalogs,
  diagnosticText,
  isCoreLocaleLoaded,
  loadCoreLocale,
  registerCoreLocale,
  type CoreCatalogs,
} from './i18n/render';
export { DIAGNOSTICS_EN, type DiagnosticMessageId } from './i18n/diagnostics-en';
// zod-free: the data's short texts (group types, budgets, query parameters, regions, templates) in a language
export * from './i18n/labels';
// zod-free; load lazily in the page (Web Crypto + CompressionStream)
export * from './usersig';
