/** 简体中文: the response area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { RESPONSE_EN } from './response.en';

export const RESPONSE_ZH_CN = {} satisfies CatalogOf<typeof RESPONSE_EN>;
