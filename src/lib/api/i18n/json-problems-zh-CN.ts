/** 安全 JSON 读取器所报问题的简体中文目录:与 `json-problems-en.ts` 同样的 ID 和占位符。 */
import type { CatalogOf } from '../../i18n/catalog';
import type { JSON_PROBLEMS_EN } from './json-problems-en';

export const JSON_PROBLEMS_ZH_CN = {
  'not-text': '这不是文本,因此不可能是 JSON。',
  empty: '文本为空:其中没有 JSON。',
  'too-long': '文本有 {chars} 个字符,超出了 {maxChars} 个字符的上限。',
  'too-deep': 'JSON 在第 {line} 行第 {column} 列的嵌套超过 {maxDepth} 层:真实的文档不会这样。请检查括号。',
  'unexpected-character': '第 {line} 行第 {column} 列出现意外的 {found}:这不是 JSON。',
  'unexpected-character.invisible':
    '第 {line} 行第 {column} 列出现意外的 {found}:这不是 JSON。请删除该字符(它可能不可见)。',
  'not-json-literal': '{found} 不是 JSON(第 {line} 行第 {column} 列):请改写为数字或 null。',
  'single-quotes': 'JSON 的字符串和键使用双引号("),而不是单引号(第 {line} 行第 {column} 列)。',
  'invalid-number':
    '第 {line} 行第 {column} 列的数字 {number} 无效:JSON 数字不能有前导零、“+”号、十六进制数字或末尾的小数点。',
  'unterminated-string': '第 {line} 行第 {column} 列的字符串未结束:请补上结尾的双引号。',
  'control-character':
    '第 {line} 行第 {column} 列的字符串中有未转义的控制字符({found}):请转义(\\t、\\n)或删除它。',
  'invalid-escape':
    '第 {line} 行第 {column} 列的转义无效:JSON 只允许 \\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX。',
  'invalid-unicode-escape':
    '第 {line} 行第 {column} 列的 \\u 转义无效:它需要正好四位十六进制数字,例如 \\u00e9。',
  'expected-value': '第 {line} 行第 {column} 列应为一个值:字符串、数字、对象、数组、true、false 或 null。',
  'expected-property-name': '第 {line} 行第 {column} 列应为双引号括起的属性名。',
  'expected-colon': '第 {line} 行第 {column} 列的属性名之后应为 ":"。',
  'expected-comma-or-close': '第 {line} 行第 {column} 列应为 "," 或 "{close}"。',
  'unexpected-end': '文本在第 {line} 行第 {column} 列就结束了,而 JSON 尚未结束:缺少 "{close}"。',
  'trailing-text': '第 {line} 行第 {column} 列,JSON 结束后还有多余的文本:只能有一个值。',
  comment: '第 {line} 行第 {column} 列有注释:注释不是 JSON。',
  'unterminated-comment': '第 {line} 行第 {column} 列的注释未结束:请用 */ 结束它。',
  'trailing-comma': '第 {line} 行第 {column} 列有末尾多余的逗号:JSON 不允许。',
  invalid: '这不是有效的 JSON(第 {line} 行第 {column} 列)。',
  'term.found.@character': '字符',
  'term.found.@this': '此内容',
  'term.found.@invisible': '不可见字符',
} as const satisfies CatalogOf<typeof JSON_PROBLEMS_EN>;
