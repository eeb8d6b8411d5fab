/**
 * UserSig tools of the core (TENCENT-IM.md §8): generate, decode, verify. Web Crypto and CompressionStream only,
 * zod-free. The page loads this lazily (never in the start-up chunk); the sandbox decodes with it too.
 */
export {
  decodeUserSig,
  MAX_USERSIG_CHARS,
  MAX_USERSIG_INFLATED_BYTES,
  type DecodedUserSig,
  type DecodedUserSigFields,
  type UserSigDecodeError,
} from './decode';
export {
  checkUserSig,
  parseSdkAppId,
  userSigRefusal,
  USERSIG_EXPIRING_SOON_SECONDS,
  type UserSigCheck,
  type UserSigExpectation,
} from './check';
export { generateUserSig, verifyUserSig, UserSigInputError, type GenerateUserSigInput } from './sign';
export {
  USERSIG_MESSAGES,
  renderUserSigMessage,
  type UserSigMessage,
  type UserSigMessageId,
} from './messages';
