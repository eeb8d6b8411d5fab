/** 简体中文: the fixes area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { FIXES_EN } from './fixes.en';

export const FIXES_ZH_CN = {} satisfies CatalogOf<typeof FIXES_EN>;
