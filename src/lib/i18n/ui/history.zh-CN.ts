/** 简体中文: the history area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { HISTORY_EN } from './history.en';

export const HISTORY_ZH_CN = {} satisfies CatalogOf<typeof HISTORY_EN>;
