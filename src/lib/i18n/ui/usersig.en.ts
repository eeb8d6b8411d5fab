/**
 * English words of the UserSig tools: the checks in the Diagnostics panel, the UserSig panel (decoded UserSig,
 * Generate, Verify) and the Response panel's note on the UserSig sent (see ./areas.ts). Ids are `component.purpose`.
 */
export const USERSIG_EN = {
  'checks.title': 'Credentials',
  'checks.label': 'Problems with the UserSig of the profile in use',
  'checks.code': 'server would answer {code}',
  'checks.tools': 'UserSig tools',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'check.undecodable': 'The profile’s UserSig cannot be decoded. {reason}',
  'check.identifier':
    'The UserSig was made for the identifier “{actual}”, but the profile’s admin identifier is “{expected}”: generate one for “{expected}”, or correct the identifier.',
  'check.sdkappid':
    'The UserSig was made for SDKAppID {actual}, but the profile’s SDKAppID is {expected}: generate one for {expected}, or correct the SDKAppID.',
  'check.expired': 'The UserSig expired {relative} ({date}): generate a new one.',
  'check.expiring':
    'The UserSig expires {relative} ({date}): calls after that are refused. Generate a new one before a long import.',

  'panel.loading': 'Loading the UserSig tools…',
  'panel.failed': 'The UserSig tools could not be loaded: {reason}',
  'panel.retry': 'Try again',
  'panel.intro':
    'The UserSig of the profile “{name}”, as the server reads it (no SecretKey needed). Change it under Credentials, or generate one below.',

  'decoded.label': 'Decoded UserSig',
  'decoded.none': 'This profile has no UserSig: paste one under Credentials, or generate one.',
  'decoded.decoding': 'Decoding the UserSig…',
  'decoded.invalid': 'The UserSig cannot be decoded. {reason}',
  'decoded.kind': 'Kind',
  'decoded.kind-v2': 'TLSSigAPIv2 (HMAC-SHA256 with the SecretKey)',
  'decoded.kind-legacy': 'Legacy (ECDSA with the app’s private key)',
  'decoded.identifier': 'Identifier',
  'decoded.issued': 'Issued',
  'decoded.expires': 'Expires',
  'decoded.validity': 'Validity',
  'decoded.when': '{date} ({relative})',
  'decoded.expired': 'expired',
  'decoded.expiring': 'expires soon',

  'generate.open': 'Generate a UserSig…',
  'generate.title': 'Generate a UserSig',
  'generate.warning':
    'For test apps only. A SecretKey typed into a browser can leak (extensions, screen sharing, a compromised computer), and whoever has it can make UserSigs for every account of the app. For production, generate UserSigs on your server. Here the key stays in this tab’s memory: it is never stored or sent, and it is forgotten when this dialog closes.',
  'generate.identifier': 'Identifier (UserID)',
  'generate.identifier-note': 'For REST API calls: the app admin account.',
  'generate.secret-key': 'SecretKey',
  'generate.show-key': 'Show SecretKey',
  'generate.hide-key': 'Hide SecretKey',
  'generate.validity': 'Validity',
  'generate.preset-default': '{duration} (default)',
  'generate.custom': 'Other (seconds)',
  'generate.seconds': 'Validity in seconds',
  'generate.submit': 'Generate',
  'generate.busy': 'Signing…',
  'generate.crypto':
    'This browser cannot sign here: Web Crypto is only available on https pages and on localhost.',
  'generate.result': 'Generated UserSig',
  'generate.result-note': 'For “{identifier}” of SDKAppID {sdkAppId}, valid until {date} ({relative}).',
  'generate.use': 'Use in profile “{name}”',
  'generate.use-note': 'This also sets the profile’s SDKAppID and admin identifier to the ones above.',
  'generate.used': 'Saved in the profile “{name}”.',
  'generate.copy': 'Copy',
  'generate.copied': 'Copied.',
  'generate.copy-failed': 'Could not copy: select the text and copy it.',
  'generate.close': 'Close',

  'verify.title': 'Verify the signature',
  'verify.note':
    'Paste the app’s SecretKey to check that the profile’s UserSig was signed with it. For test apps only: the key is used once in this page and forgotten, never stored or sent.',
  'verify.secret-key': 'SecretKey',
  'verify.submit': 'Verify',
  'verify.busy': 'Checking…',
  'verify.valid': 'The signature is valid: this UserSig was made with this SecretKey.',
  'verify.invalid':
    'The signature does not match: this UserSig was made with another SecretKey, or one of its fields was changed.',
  'verify.legacy':
    'This is a legacy (ECDSA) UserSig: it is checked with the app’s public key, not a SecretKey, so it cannot be verified here.',
  'verify.undecodable': 'There is nothing to verify: the UserSig cannot be decoded.',
  'verify.no-key': 'Paste the SecretKey first.',
  'verify.no-usersig': 'The profile has no UserSig to verify.',

  'answer.title': 'The UserSig sent',
  'answer.not-sent': 'No request was sent from this page, so the UserSig this answer is about is unknown.',
  'answer.none': 'The request was sent without a UserSig.',
  'answer.decoding': 'Decoding the UserSig sent…',
  'answer.undecodable': 'It cannot be decoded, so the server could not read it either. {reason}',
  'answer.decodes':
    'It decodes here, for “{identifier}” of SDKAppID {sdkAppId}: check that it reached the server unchanged (a proxy or a second URL encoding can alter it).',
  'answer.expired': 'It expired {relative} ({date}).',
  'answer.not-expired':
    'By this computer’s clock it is still valid (it expires {relative}, {date}): the server’s clock and this one differ, or it was issued with a wrong time.',
  'answer.identifier': 'It was made for the identifier “{actual}”; the request named “{expected}”.',
  'answer.identifier-same':
    'It was made for “{actual}”, the identifier the request named: check both for invisible characters or a different case.',
  'answer.sdkappid': 'It was made for SDKAppID {actual}; the request named {expected}.',
  'answer.sdkappid-same':
    'It was made for SDKAppID {actual}, the one the request named: check that the SDKAppID and the UserSig belong to the same app.',
} as const;
