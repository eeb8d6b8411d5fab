/** 简体中文: the diagnostics area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { DIAGNOSTICS_EN } from './diagnostics.en';

export const DIAGNOSTICS_ZH_CN = {} satisfies CatalogOf<typeof DIAGNOSTICS_EN>;
