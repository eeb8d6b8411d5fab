/** 简体中文: the reference area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { REFERENCE_EN } from './reference.en';

export const REFERENCE_ZH_CN = {} satisfies CatalogOf<typeof REFERENCE_EN>;
