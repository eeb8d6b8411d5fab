/** The console's templates as completions: elements in MsgBody arrays, messages in MsgList, a request. */
import * as monaco from 'monaco-editor/editor';
import { TEMPLATES, nextMessage, randomUint32, templateText, type ImportMessage } from '../api';
import { completionText, insertionKindAt, messageBefore } from '../snippets';
import { wordsOf } from './words';

/** Models whose URI starts with this get the template completions. */
export const MODEL_URI_PREFIX = 'inmemory://group-import-console/';

/** Offsets past which automatic (typing) completions skip the template scan. */
const AUTOMATIC_SCAN_LIMIT = 200_000;

let registered: monaco.IDisposable | undefined;

export function registerTemplateCompletions(): void {
  if (registered) return;
  registered = monaco.languages.registerCompletionItemProvider('json', {
    provideCompletionItems(model, position, context) {
      if (!model.uri.toString().startsWith(MODEL_URI_PREFIX)) return { suggestions: [] };
      const offset = model.getOffsetAt(position);
      // While typing in a large document, do not scan it on every key; Ctrl+Space always offers templates.
      const invoked = context.triggerKind === monaco.languages.CompletionTriggerKind.Invoke;
      if (!invoked && offset > AUTOMATIC_SCAN_LIMIT) return { suggestions: [] };
      const before = model.getValueInRange(new monaco.Range(1, 1, position.lineNumber, position.column));
      const kind = insertionKindAt(before, offset);
      if (!kind) return { suggestions: [] };
      // The commas a template needs depend on its neighbours: the text before and a little after the cursor.
      const lastLine = Math.min(model.getLineCount(), position.lineNumber + 3);
      const after = model.getValueInRange(
        new monaco.Range(position.lineNumber, position.column, lastLine, model.getLineMaxColumn(lastLine)),
      );
      const text = before + after;
      const { locale, t } = wordsOf(model.uri.toString());
      const detail = {
        element: t('completion.elementDetail'),
        message: t('completion.messageDetail'),
        request: t('completion.requestDetail'),
      }[kind];
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(
        position.lineNumber,
        word.startColumn,
        position.lineNumber,
        word.endColumn,
      );
      const suggestions: monaco.languages.CompletionItem[] = TEMPLATES.filter(
        (template) => template.kind === kind,
      ).map((template) => {
        const { label, description } = templateText(template, locale);
        return {
          label,
          kind: monaco.languages.CompletionItemKind.Snippet,
          detail,
          documentation: description,
          insertText: completionText(text, offset, template.value),
          filterText: label,
          sortText: `0-${label}`,
          range,
        };
      });
      if (kind === 'message') {
        const previous = messageBefore(before) as ImportMessage | undefined;
        suggestions.unshift({
          label: t('nextMessage.label'),
          kind: monaco.languages.CompletionItemKind.Snippet,
          detail: t('nextMessage.title'),
          insertText: completionText(text, offset, nextMessage(previous, randomUint32())),
          sortText: '0-0',
          range,
        });
      }
      return { suggestions };
    },
  });
}
