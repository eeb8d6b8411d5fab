/**
 * The UserSig tools' views, one lazy chunk (`USERSIG_VIEWS` in ./views.ts): the checks in the Diagnostics panel
 * and the Response panel's note on the UserSig sent (UserSigFindings, through UserSigSeam.svelte), and the
 * UserSig panel (through LazyPanel). None of it is start-up code.
 */
export { default as UserSigFindings } from './UserSigFindings.svelte';
export { default as UserSigPanel } from './UserSigPanel.svelte';
