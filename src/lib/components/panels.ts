/**
 * The panels that load on first open (see LazyPanel.svelte and src/lib/lazy): each is its own chunk, so a new
 * panel adds nothing to start-up. Only the editor and Diagnostics are part of the start-up page.
 */
import { lazy } from '../lazy/lazy.svelte';
import { USERSIG_VIEWS } from './usersig/views';

export const LAZY_PANELS = {
  request: lazy(() => import('./RequestPanel.svelte')),
  response: lazy(() => import('./ResponsePanel.svelte')),
  reference: lazy(() => import('./ReferencePanel.svelte')),
  history: lazy(() => import('./HistoryList.svelte')),
  sandbox: lazy(() => import('./SandboxView.svelte')),
  usersig: lazy(() => USERSIG_VIEWS.load().then((views) => ({ default: views.UserSigPanel }))),
  batch: lazy(() => import('./batch/BatchPanel.svelte')),
};
