/**
 * Why a request to the background failed, said in English and Arabic from the catalogues alone (without the
 * English fallback, so a message missing from either throws here): a row for every BackgroundError code, so
 * a code added without its row does not compile. What the request and the browser wrote stays as written.
 */
import { describe, expect, it } from 'vitest';
import { sayError } from '../../components/say-error';
import { CATALOGUES } from '../../lib/i18n/catalogues';
import { createTranslator } from '../../lib/i18n/translate';
import { type BackgroundError, BackgroundFailure } from '../../lib/messages/protocol';

const en = createTranslator('en', CATALOGUES.en);
const ar = createTranslator('ar', CATALOGUES.ar);

const SAID: { [C in BackgroundError['code']]: [Extract<BackgroundError, { code: C }>, string, string] } = {
  'not-allowed': [
    { code: 'not-allowed', request: 'glossary/import' },
    "glossary/import is only for the extension's own pages",
    'glossary/import لصفحات الإضافة وحدها',
  ],
  failed: [
    { code: 'failed', request: 'entry/put', detail: 'QuotaExceededError: the quota has been exceeded' },
    'the background could not answer entry/put (QuotaExceededError: the quota has been exceeded)',
    'تعذّر على الإضافة تنفيذ entry/put (QuotaExceededError: the quota has been exceeded)',
  ],
  'no-answer': [
    { code: 'no-answer', request: 'entry/add' },
    'no answer to entry/add',
    'لم يصل جواب عن entry/add',
  ],
};

describe('a failed request, in English and Arabic', () => {
  it.each(Object.values(SAID) as Array<[BackgroundError, string, string]>)(
    '%o → %s / %s',
    (reason, english, arabic) => {
      const failure = new BackgroundFailure(reason);
      expect(sayError(en, failure)).toBe(english);
      expect(sayError(ar, failure)).toBe(arabic);
    },
  );

  it('gives any other error in its own words (a file the browser could not read)', () => {
    expect(sayError(ar, new DOMException('the file could not be read', 'NotReadableError'))).toBe(
      'the file could not be read',
    );
    expect(sayError(ar, 'stopped')).toBe('stopped');
  });
});
