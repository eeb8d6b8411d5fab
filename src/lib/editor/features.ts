/**
 * The Monaco editor features the console uses, instead of `monaco-editor/features/register.all` (some 60
 * contributions: diff editor, inline completions, colour picker, code lens, quick access…). Fewer modules to
 * download and, above all, to evaluate: on a slow phone Monaco's evaluation was most of the page's blocking time.
 *
 * Each line is one feature someone uses here; add a line (from `node_modules/monaco-editor/esm/vs/features/`)
 * before relying on another. The tests in tests/e2e/editor.e2e.mjs drive suggest, hover, markers and undo.
 */
// Suggest (Ctrl+Space, the templates and the schema's values). `features/suggest/register` only adds the
// inline-completions bridge; the widget itself is the SuggestController.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/snippet/register'; // completions insert snippets with tab stops
import 'monaco-editor/features/hover/register'; // schema docs and the markers' messages on hover
import 'monaco-editor/features/gotoError/register'; // F8: next problem (the shortcut sheet lists it)
import 'monaco-editor/features/format/register'; // Shift+Alt+F and the Format button
import 'monaco-editor/features/find/register'; // Ctrl+F, Ctrl+H
import 'monaco-editor/features/folding/register'; // folding by the JSON worker's ranges
import 'monaco-editor/features/stickyScroll/register'; // the enclosing message stays in view
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/wordHighlighter/register'; // occurrences of the word at the cursor
import 'monaco-editor/features/smartSelect/register'; // Shift+Alt+Right/Left by the JSON worker's ranges
import 'monaco-editor/features/comment/register'; // Ctrl+/ (the request allows comments)
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register'; // cut, copy, paste in the context menu
import 'monaco-editor/features/linesOperations/register'; // move, copy and delete lines
import 'monaco-editor/features/multicursor/register'; // Ctrl+D, Alt+click
import 'monaco-editor/features/wordOperations/register'; // Ctrl+Backspace, Ctrl+Left/Right by word
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/toggleTabFocusMode/register'; // Ctrl+M: Tab leaves the editor (keyboard users)
import 'monaco-editor/features/codeAction/register'; // light bulb, Ctrl/Cmd+.: the fixes (code-actions.ts)
import 'monaco-editor/features/codicon/register'; // the icons of the widgets above
