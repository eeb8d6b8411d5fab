/** 简体中文: the sandbox area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { SANDBOX_EN } from './sandbox.en';

export const SANDBOX_ZH_CN = {} satisfies CatalogOf<typeof SANDBOX_EN>;
