import { describe, expect, it } from 'vitest';
import { VALIDATION_FAILED, WORKER_CRASHED } from '../../../src/lib/checker/client';
import { translator } from '../../../src/lib/i18n/catalog';
import { SHELL_EN } from '../../../src/lib/i18n/ui/shell.en';
import { SHELL_ZH_CN } from '../../../src/lib/i18n/ui/shell.zh-CN';
import { validationFailureText } from '../../../src/lib/state/validation-failure';

describe('validationFailureText', () => {
  const en = translator(SHELL_EN, 'en');
  const zh = translator<typeof SHELL_EN>(SHELL_ZH_CN, 'zh-CN');

  it('says a crashed checker in the language in use', () => {
    expect(validationFailureText(WORKER_CRASHED, en)).toBe(WORKER_CRASHED);
    expect(validationFailureText(WORKER_CRASHED, zh)).toMatch(/^校验已停止/);
  });

  it("keeps the validator's own words and says the rest in the language in use", () => {
    expect(validationFailureText(`${VALIDATION_FAILED}boom`, zh)).toBe('无法运行校验：boom');
    expect(validationFailureText(`${VALIDATION_FAILED}boom`, en)).toBe('Validation could not run: boom');
    expect(validationFailureText('anything else', zh)).toBe('无法运行校验：anything else');
  });
});
