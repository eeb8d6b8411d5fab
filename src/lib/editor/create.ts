/** Monaco, set up for one import_group_msg request. The only place that touches the Monaco API. */
import * as monaco from 'monaco-editor/editor';
import './features';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { importRequestJsonSchema, type Diagnostic, type Severity } from '../api';
import { detectFormatting } from '../snippets';
import {
  forgetModelFixes,
  markerRange,
  MARKER_SOURCE,
  registerFixActions,
  setModelFixes,
} from './code-actions';
import { MODEL_URI_PREFIX, registerTemplateCompletions } from './completions';
import { installMonacoEnvironment } from './environment';
import { editorOptions, jsonFeatures, sizeClass, type DocumentSize } from './large-document';
import {
  MARKER_OWNER,
  type EditorFixes,
  type EditorHandle,
  type EditorOptions,
  type EditorTheme,
} from './types';

const SCHEMA_URI = `${MODEL_URI_PREFIX}import-request.schema.json`;
let modelCount = 0;
const modelUris = new Set<string>();

function monacoTheme(theme: EditorTheme): string {
  return theme === 'dark' ? 'vs-dark' : 'vs';
}

/** The JSON service gives completions and hovers from the core's schema; the core alone gives diagnostics. */
function configureJson(): void {
  jsonDefaults.setDiagnosticsOptions({
    // The core reports syntax and schema problems with server codes; two sets of squiggles would only confuse.
    validate: false,
    allowComments: true,
    enableSchemaRequest: false,
    schemas: [
      {
        uri: SCHEMA_URI,
        fileMatch: [...modelUris],
        schema: importRequestJsonSchema as never,
      },
    ],
  });
}

const SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/** Switches the JSON service's whole-document features; a no-op when they are already as asked. */
function configureJsonFeatures(size: DocumentSize): void {
  const wanted = jsonFeatures(size);
  const current = jsonDefaults.modeConfiguration as Record<string, unknown>;
  if (Object.entries(wanted).every(([key, value]) => current[key] === value)) return;
  jsonDefaults.setModeConfiguration(wanted);
}

export function createEditor(element: HTMLElement, options: EditorOptions): EditorHandle {
  installMonacoEnvironment();
  const uri = monaco.Uri.parse(`${MODEL_URI_PREFIX}request-${++modelCount}.json`);
  modelUris.add(uri.toString());
  configureJson();
  registerTemplateCompletions();
  registerFixActions();
  // Decided before the model exists, so a large first document never starts the whole-document features.
  let size = sizeClass(options.value.length);
  configureJsonFeatures(size);
  element.dataset.size = size;

  const model = monaco.editor.createModel(options.value, 'json', uri);
  const indentation = detectFormatting(options.value);
  model.updateOptions({ tabSize: indentation.tabSize ?? 2, insertSpaces: indentation.insertSpaces ?? true });
  const editor = monaco.editor.create(element, {
    model,
    theme: monacoTheme(options.theme),
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    ariaLabel: 'Request body (JSON). Ctrl+Enter or Cmd+Enter sends.',
    quickSuggestions: { other: true, strings: true, comments: false },
    ...editorOptions(size),
  });

  editor.addAction({
    id: 'import-group-msg.send',
    label: 'Send request',
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
    run: () => options.onSend(),
  });
  const changes = model.onDidChangeContent(() => {
    const next = sizeClass(model.getValueLength(), size);
    if (next !== size) {
      size = next;
      configureJsonFeatures(size);
      editor.updateOptions(editorOptions(size));
      // A plain-text record for tests and the perf script, like data-markers.
      element.dataset.size = size;
    }
    options.onChange(model.getValue());
  });

  const rangeOf = (offset: number, length: number) => {
    const start = model.getPositionAt(offset);
    const end = model.getPositionAt(offset + Math.max(0, length));
    return monaco.Range.fromPositions(start, end);
  };

  const reveal = (offset: number, length: number) => {
    const range = rangeOf(offset, length);
    editor.setSelection(range);
    editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
    editor.focus();
  };

  return {
    getValue: () => model.getValue(),
    setValue(text) {
      if (text === model.getValue()) return;
      editor.pushUndoStop();
      editor.executeEdits('workspace', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    },
    applyEdits(edits, select) {
      const operations = edits.map((edit) => ({ range: rangeOf(edit.offset, edit.length), text: edit.text }));
      editor.pushUndoStop();
      editor.executeEdits('template', operations);
      editor.pushUndoStop();
      if (select) reveal(select.offset, select.length);
    },
    getCursorOffset() {
      const position = editor.getPosition();
      return position ? model.getOffsetAt(position) : model.getValueLength();
    },
    reveal,
    setMarkers(diagnostics: Diagnostic[], fixes?: EditorFixes) {
      const markers = diagnostics.map((diagnostic) => {
        const range = markerRange(model, diagnostic.offset, diagnostic.length);
        const serverCode =
          diagnostic.serverCode === undefined ? '' : ` (server code ${diagnostic.serverCode})`;
        return {
          severity: SEVERITY[diagnostic.severity],
          message: diagnostic.message + serverCode,
          code: diagnostic.rule,
          source: MARKER_SOURCE,
          startLineNumber: range.startLineNumber,
          startColumn: range.startColumn,
          endLineNumber: range.endLineNumber,
          endColumn: range.endColumn,
        };
      });
      monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
      setModelFixes(model, fixes, options.onFix);
      // A plain-text record of the markers (rule@range) for end-to-end tests: Monaco keeps them in JS only.
      element.dataset.markers = markers
        .map((m) => `${m.code}@${m.startLineNumber}:${m.startColumn}-${m.endLineNumber}:${m.endColumn}`)
        .join(' ');
      // The same for the fixes offered (rule@offset), for the same tests.
      element.dataset.fixes = (fixes?.fixes ?? []).map((f) => `${f.rule}@${f.offset}`).join(' ');
    },
    setTheme: (theme) => monaco.editor.setTheme(monacoTheme(theme)),
    format() {
      void editor.getAction('editor.action.formatDocument')?.run();
    },
    focus: () => editor.focus(),
    dispose() {
      changes.dispose();
      forgetModelFixes(model);
      editor.dispose();
      model.dispose();
      modelUris.delete(uri.toString());
    },
  };
}
