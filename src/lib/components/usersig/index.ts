/**
 * The UserSig tools' views, one lazy chunk (`USERSIG_VIEWS` in ../panels.ts): the checks in the Diagnostics panel,
 * the UserSig panel and the Response panel's note on the UserSig sent. The page reaches them through
 * UserSigSeam.svelte and LazyPanel, so none of it is start-up code.
 */
export { default as UserSigAnswer } from './UserSigAnswer.svelte';
export { default as UserSigChecks } from './UserSigChecks.svelte';
export { default as UserSigPanel } from './UserSigPanel.svelte';
