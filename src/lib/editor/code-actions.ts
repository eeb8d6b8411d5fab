/**
 * The core's fixes as Monaco code actions: the light bulb and Ctrl/Cmd+. on a fixable marker offer its fix (the title
 * says what changes), "Fix all of this kind" and "Fix all". Each action is a command that hands the request to the
 * page (EditorOptions.onFix), which applies it as one undo step; the editor itself never edits here.
 */
import * as monaco from 'monaco-editor/editor';
// The light bulb, Ctrl/Cmd+. and the quick-fix menu. Imported here, explicitly: a trimmed list of Monaco features
// elsewhere must not drop it.
import 'monaco-editor/features/codeAction/register';
import { renderFixMessage, type Fix } from '../api';
import { MODEL_URI_PREFIX } from './completions';
import type { EditorFixes, FixRequest } from './types';
import { wordsOf } from './words';

export const FIX_COMMAND_ID = 'import-group-msg.fix';
/** The markers' `source`: only the console's own markers get fixes. */
export const MARKER_SOURCE = 'import_group_msg';

interface ModelFixes {
  /** The model version the fixes were computed for: any edit since makes them stale. */
  versionId: number;
  fixes: readonly Fix[];
  onFix: (request: FixRequest) => void;
}

const byModel = new Map<string, ModelFixes>();
let registered = false;

/** The range a diagnostic's marker covers: a zero-length range still gets one character, so it can be seen. */
export function markerRange(model: monaco.editor.ITextModel, offset: number, length: number): monaco.Range {
  const visible = length > 0 || offset >= model.getValueLength() ? length : 1;
  const start = model.getPositionAt(offset);
  const end = model.getPositionAt(offset + Math.max(0, visible));
  return monaco.Range.fromPositions(start, end);
}

/** Offers `fixes` for this model while it holds exactly `fixes.text`; nothing when fixes or onFix are missing. */
export function setModelFixes(
  model: monaco.editor.ITextModel,
  fixes: EditorFixes | undefined,
  onFix: ((request: FixRequest) => void) | undefined,
): void {
  const key = model.uri.toString();
  if (!fixes || !onFix || fixes.fixes.length === 0 || model.getValue() !== fixes.text) {
    byModel.delete(key);
    return;
  }
  byModel.set(key, { versionId: model.getVersionId(), fixes: fixes.fixes, onFix });
}

export function forgetModelFixes(model: monaco.editor.ITextModel): void {
  byModel.delete(model.uri.toString());
}

const sameRange = (marker: monaco.editor.IMarkerData, range: monaco.Range) =>
  marker.startLineNumber === range.startLineNumber &&
  marker.startColumn === range.startColumn &&
  marker.endLineNumber === range.endLineNumber &&
  marker.endColumn === range.endColumn;

const markerRule = (marker: monaco.editor.IMarkerData) =>
  typeof marker.code === 'string' ? marker.code : marker.code?.value;

function action(
  key: string,
  title: string,
  request: FixRequest,
  diagnostics: monaco.editor.IMarkerData[],
  isPreferred = false,
): monaco.languages.CodeAction {
  return {
    title,
    kind: 'quickfix',
    diagnostics,
    isPreferred,
    command: { id: FIX_COMMAND_ID, title, arguments: [key, request] },
  };
}

/**
 * The code actions for the markers at a range (the provider's answer; tests/e2e/fixes.e2e.mjs drives it in Chromium),
 * titled in the model's language.
 */
export function fixActions(
  model: monaco.editor.ITextModel,
  markers: readonly monaco.editor.IMarkerData[],
): monaco.languages.CodeAction[] {
  const key = model.uri.toString();
  const entry = byModel.get(key);
  if (!entry || entry.versionId !== model.getVersionId()) return [];
  const { locale, t } = wordsOf(key);
  const actions: monaco.languages.CodeAction[] = [];
  const kinds: monaco.languages.CodeAction[] = [];
  const offeredRules = new Set<string>();
  const fixed: monaco.editor.IMarkerData[] = [];
  for (const marker of markers) {
    if (marker.source !== MARKER_SOURCE) continue;
    const rule = markerRule(marker);
    const fix = entry.fixes.find(
      (f) => f.rule === rule && sameRange(marker, markerRange(model, f.offset, f.length)),
    );
    if (!fix) continue;
    fixed.push(marker);
    const title = renderFixMessage(fix.titleId, fix.titleParams, locale);
    actions.push(action(key, title, { kind: 'one', fix }, [marker], true));
    const ofRule = entry.fixes.filter((f) => f.rule === fix.rule).length;
    if (ofRule > 1 && !offeredRules.has(fix.rule)) {
      offeredRules.add(fix.rule);
      const title = t('fix.allOfKind', { count: ofRule });
      kinds.push(action(key, title, { kind: 'rule', rule: fix.rule }, [marker]));
    }
  }
  if (actions.length === 0) return [];
  if (entry.fixes.length > 1) {
    kinds.push(action(key, t('fix.all', { count: entry.fixes.length }), { kind: 'all' }, fixed));
  }
  return [...actions, ...kinds];
}

/** Registers the provider and the command once, for every model of the console. */
export function registerFixActions(): void {
  if (registered) return;
  registered = true;
  monaco.editor.registerCommand(FIX_COMMAND_ID, (_accessor: unknown, key: unknown, request: unknown) => {
    if (typeof key === 'string') byModel.get(key)?.onFix(request as FixRequest);
  });
  monaco.languages.registerCodeActionProvider(
    'json',
    {
      provideCodeActions(model, _range, context) {
        if (!model.uri.toString().startsWith(MODEL_URI_PREFIX)) return { actions: [], dispose() {} };
        return { actions: fixActions(model, context.markers), dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}
