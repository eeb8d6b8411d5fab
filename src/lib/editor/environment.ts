/**
 * Monaco's web workers, bundled by Vite. Only the editor worker and the JSON worker: no TypeScript, CSS or
 * HTML workers end up in the build. Without this, a production build cannot start the editor worker.
 */
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

interface MonacoEnvironmentLike {
  getWorker(workerId: string, label: string): Worker;
}

export function installMonacoEnvironment(): void {
  const scope = self as unknown as { MonacoEnvironment?: MonacoEnvironmentLike };
  scope.MonacoEnvironment = {
    getWorker: (_workerId, label) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
  };
}
