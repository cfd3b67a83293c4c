import type { JSX } from 'preact';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../lib/i18n/languages';
import type { AskBackground } from '../lib/messages/protocol';
import { useLanguageSwitch } from './Localised';
import { StatusLine } from './StatusLine';
import { useI18n } from './use-i18n';
import { useSetting } from './use-setting';

/** Each language is offered in its own words, whatever the page speaks; the browser's in the page's. */
const OWN_LANG: Record<LanguageChoice, string | undefined> = { auto: undefined, en: 'en', ar: 'ar' };

/**
 * The options page's choice of the interface language: the browser's (the default), English or Arabic. The
 * page turns to it at once; the popup takes it when it next opens, an open tab's card when the tab is read
 * again.
 */
export function LanguageSetting(props: { ask: AskBackground }): JSX.Element {
  const { t } = useI18n();
  const switchTo = useLanguageSwitch();
  const {
    value: choice,
    message,
    change,
  } = useSetting(props.ask, 'uiLanguage', (settings) => {
    switchTo?.(settings.uiLanguage);
    return null;
  });

  return (
    <section class="language-setting" aria-label={t('languageLabel')}>
      <label>
        {t('languageLabel')}{' '}
        <select
          name="uiLanguage"
          value={choice ?? ''}
          disabled={choice === null}
          onChange={(event) => {
            const value = LANGUAGE_CHOICES.find((option) => option === event.currentTarget.value);
            if (value !== undefined) void change(value);
          }}
        >
          {LANGUAGE_CHOICES.map((option) => (
            <option key={option} value={option} lang={OWN_LANG[option]}>
              {t(`language_${option}`)}
            </option>
          ))}
        </select>
      </label>
      <StatusLine message={message} />
    </section>
  );
}
