/** 简体中文: the settings area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { SETTINGS_EN } from './settings.en';

export const SETTINGS_ZH_CN = {} satisfies CatalogOf<typeof SETTINGS_EN>;
