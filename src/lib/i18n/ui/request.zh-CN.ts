/** 简体中文: the request area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { REQUEST_EN } from './request.en';

export const REQUEST_ZH_CN = {} satisfies CatalogOf<typeof REQUEST_EN>;
