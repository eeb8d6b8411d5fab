/** A validation failure in the page's language (the Diagnostics panel's summary, Send's refusal). */
import { readValidationFailure } from '../checker/failure';
import type { Translate } from '../i18n/catalog';
import type { SHELL_EN } from '../i18n/ui/shell.en';

export function validationFailureText(message: string, t: Translate<typeof SHELL_EN>): string {
  const failure = readValidationFailure(message);
  return failure.kind === 'crashed'
    ? t('validation.crashed')
    : t('validation.failed', { detail: failure.detail });
}
