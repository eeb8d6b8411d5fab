/**
 * Monaco does not run in jsdom: tests that render the whole App replace the project's editor module with this
 * fake handle, through `vi.mock('../src/lib/editor', () => import('./fake-editor'))`. `created` counts editors.
 */
export const MARKER_OWNER = 'fake';

export const editorFake = { created: 0 };

export function createEditor(_element: HTMLElement, options: { value: string }) {
  editorFake.created++;
  let value = options.value;
  return {
    getValue: () => value,
    setValue: (text: string) => (value = text),
    applyEdits: () => {},
    getCursorOffset: () => 0,
    reveal: () => {},
    setMarkers: () => {},
    setTheme: () => {},
    setLocale: () => {},
    format: () => {},
    focus: () => {},
    dispose: () => {},
  };
}
