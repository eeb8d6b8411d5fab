/**
 * The core's lazy chunks, each loaded once for the whole page through the one convention (`lazy()`): the codes
 * table (Diagnostics' meanings, the Response panel) and the zod-based core (docs, the response parser).
 */
import { lazy } from './lazy.svelte';

export const codesChunk = lazy(() => import('./codes'));
export const coreChunk = lazy(() => import('./core'));
