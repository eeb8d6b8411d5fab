/** Monaco, set up for one import_group_msg request. The only place that touches the Monaco API. */
import * as monaco from 'monaco-editor/editor';
import './features';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import {
  diagnosticText,
  loadSchemaDocs,
  localizedRequestJsonSchema,
  schemaDocsLoaded,
  type Diagnostic,
  type Severity,
} from '../api';
import type { Locale } from '../i18n/locales';
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
import { loadMonacoWords } from './nls';
import { editorOptions, jsonFeatures, sizeClass, type DocumentSize } from './large-document';
import {
  MARKER_OWNER,
  type EditorFixes,
  type EditorHandle,
  type EditorOptions,
  type EditorTheme,
} from './types';
import { ENGLISH_WORDS, forgetModelWords, setModelWords, type EditorWords } from './words';

const SCHEMA_URI = `${MODEL_URI_PREFIX}import-request.schema.json`;
let modelCount = 0;
const modelUris = new Set<string>();
/** The language of the JSON Schema the JSON service has (one for all models: the page has one language). */
let schemaLocale: Locale = 'en';

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
        schema: localizedRequestJsonSchema(schemaLocale) as never,
      },
    ],
  });
}

/**
 * Hovers and completions in `locale`: the JSON Schema of that language, once its docs are loaded (their own chunk;
 * until then, or if they cannot load, the current one stays). `always`: configure now even so (a new model).
 */
function useSchemaLocale(locale: Locale, always: boolean): void {
  schemaLocale = locale;
  if (schemaDocsLoaded(locale)) {
    configureJson();
    return;
  }
  if (always) configureJson();
  loadSchemaDocs(locale).then(
    () => {
      if (schemaLocale === locale) configureJson();
    },
    () => {
      // Offline after an update: the English docs stay; the next switch tries again.
    },
  );
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
  const key = uri.toString();
  modelUris.add(key);
  let words: EditorWords = { locale: options.locale ?? 'en', t: options.t ?? ENGLISH_WORDS.t };
  setModelWords(key, words);
  useSchemaLocale(words.locale, true);
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
    ariaLabel: words.t('editor.ariaLabel'),
    quickSuggestions: { other: true, strings: true, comments: false },
    ...editorOptions(size),
  });

  const addSendAction = () =>
    editor.addAction({
      id: 'import-group-msg.send',
      label: words.t('editor.sendAction'),
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => options.onSend(),
    });
  let sendAction = addSendAction();
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

  /** The diagnostics shown, to say them again in another language while the text is the one they describe. */
  let shown: { diagnostics: Diagnostic[]; fixes?: EditorFixes; versionId: number } | undefined;

  const markerMessage = (diagnostic: Diagnostic) => {
    const message = diagnosticText(diagnostic, words.locale);
    return diagnostic.serverCode === undefined
      ? message
      : words.t('marker.serverCode', { message, code: diagnostic.serverCode });
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
      shown = { diagnostics, fixes, versionId: model.getVersionId() };
      const markers = diagnostics.map((diagnostic) => {
        const range = markerRange(model, diagnostic.offset, diagnostic.length);
        return {
          severity: SEVERITY[diagnostic.severity],
          message: markerMessage(diagnostic),
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
    setLocale(locale) {
      if (locale === words.locale) return;
      // Monaco's own words from now on (not those it made when loaded: nls.ts); English if the table cannot load.
      void loadMonacoWords(locale).catch(() => {});
      words = { locale, t: words.t };
      setModelWords(key, words);
      editor.updateOptions({ ariaLabel: words.t('editor.ariaLabel') });
      sendAction.dispose();
      sendAction = addSendAction();
      // Markers moved by edits since no longer match their diagnostics' offsets: the next validation says them.
      if (shown && shown.versionId === model.getVersionId()) this.setMarkers(shown.diagnostics, shown.fixes);
      useSchemaLocale(locale, false);
    },
    format() {
      void editor.getAction('editor.action.formatDocument')?.run();
    },
    focus: () => editor.focus(),
    dispose() {
      changes.dispose();
      sendAction.dispose();
      forgetModelFixes(model);
      forgetModelWords(key);
      editor.dispose();
      model.dispose();
      modelUris.delete(key);
    },
  };
}
