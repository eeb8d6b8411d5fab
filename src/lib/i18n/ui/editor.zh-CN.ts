/** 简体中文: the editor area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { EDITOR_EN } from './editor.en';

export const EDITOR_ZH_CN = {} satisfies CatalogOf<typeof EDITOR_EN>;
