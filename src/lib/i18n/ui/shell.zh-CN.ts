/** 简体中文: the page's frame. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { SHELL_EN } from './shell.en';

export const SHELL_ZH_CN = {
  'language.label': '语言',
  'language.loading': '正在加载中文…',
  'language.failed': '无法加载中文文本({reason})。控制台仍为英文,请重试。',
} satisfies CatalogOf<typeof SHELL_EN>;
