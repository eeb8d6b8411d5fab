/**
 * The built-in "Sandbox" credential profile: what a fresh page sends with, so Send works with nothing typed.
 * Constants only (no imports), so the page can load this at start-up for a few hundred bytes.
 *
 * The UserSig was generated once with Tencent's official library (tls-sig-api-v2) from the public demo values
 * of TENCENT-IM.md §8 item 7 (SDKAppID 1400000000 and its published SecretKey): issued 2025-01-01T00:00:00Z,
 * valid 50 years (until 2074-12-20). The sandbox never checks signatures, but this one also verifies with the
 * demo key, so the UserSig tools show it as genuine. It is public and grants nothing on Tencent's servers.
 */
export const SANDBOX_SDK_APP_ID = '1400000000';
export const SANDBOX_IDENTIFIER = 'administrator';
export const SANDBOX_USER_SIG =
  'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwokpuZl5mcUlRYkl*UVQBcUp2YkFBZkpSlaGJgZQAJEpycxNVbIyNDc2NbOwNIOJplYUZBaBxE3NzSyQVBdnpoNsMI-IT-GuqixNSyw2sqw0y-Y0NopMdvV2LPP3ssj2TjVOtghxMvT39fNNtlWqBQCotTTW';
