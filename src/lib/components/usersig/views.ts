/** The UserSig tools' views (./index): one lazy chunk for the checks, the UserSig panel and the Response note. */
import { lazy } from '../../lazy/lazy.svelte';

export const USERSIG_VIEWS = lazy(() => import('./index'));
