/**
 * The request editor (Monaco, JSON only). Import this module dynamically: it carries Monaco and the core's
 * schema (zod), so it must stay out of the start-up chunk. Tests replace it with `vi.mock`.
 */
export { createEditor } from './create';
export {
  MARKER_OWNER,
  type CreateEditor,
  type EditorHandle,
  type EditorOptions,
  type EditorTheme,
  type EditorFixes,
  type FixRequest,
} from './types';
