import type { Translator } from '../lib/i18n/translate';
import { BackgroundFailure } from '../lib/messages/protocol';

/**
 * Why something a page asked for failed, in the page's language: a request the background did not answer by
 * its code (BackgroundError), anything else (a file the browser could not read) in the words it came with.
 */
export function sayError(i18n: Translator, error: unknown): string {
  if (!(error instanceof BackgroundFailure)) return error instanceof Error ? error.message : String(error);
  const { reason } = error;
  switch (reason.code) {
    case 'not-allowed':
      return i18n.t('error_not_allowed', { request: reason.request });
    case 'failed':
      return i18n.t('error_failed', { request: reason.request, detail: reason.detail });
    case 'no-answer':
      return i18n.t('error_no_answer', { request: reason.request });
  }
}
