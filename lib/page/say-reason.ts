/**
 * Detection's reasons (lib/messages/protocol.ts's DetectionReason) in words: the catalogue's `reason_…`
 * messages, in the popup's language there, in English for `npm run scan` and `npm run eval`.
 */

import { translatorFor } from '../i18n/catalogues';
import type { Translator } from '../i18n/translate';
import type { DetectionReason } from '../messages/protocol';

/**
 * A reason as pieces: text in the translator's language, and what the page itself wrote (an attribute, a
 * host, a schema.org type) given to `code`, which the popup shows as code, left to right.
 */
export function sayReason<T>(
  i18n: Translator,
  reason: DetectionReason,
  code: (text: string) => T,
): Array<string | T> {
  switch (reason.code) {
    case 'too-little-text':
      return [i18n.plural('reason_too_little_text', reason.letters)];
    case 'script-share':
      return [i18n.t(`reason_script_share_${reason.script}`, { percent: reason.percent })];
    case 'markup-agrees':
    case 'markup-disagrees': {
      const key = reason.code === 'markup-agrees' ? 'reason_markup_agrees' : 'reason_markup_disagrees';
      return i18n.parts(key, { markup: code(`${reason.attribute}="${reason.value}"`) });
    }
    case 'markup-tips':
      return i18n.parts('reason_markup_tips', { markup: code('lang/dir') });
    case 'language-letters':
      return [
        i18n.t('reason_language_letters', {
          percent: reason.percent,
          language: i18n.t(`verdict_${reason.language}`),
          letters: reason.letters,
        }),
      ];
    case 'persian-letters':
      return [i18n.t('reason_persian_letters', { percent: reason.percent })];
    case 'persian-keyboard':
      return [i18n.t('reason_persian_keyboard')];
    case 'lang-decides':
      return i18n.parts('reason_lang_decides', {
        language: i18n.t(`verdict_${reason.language}`),
        markup: code('lang'),
      });
    case 'no-other-letters':
      return [i18n.t('reason_no_other_letters')];
    case 'stray-other-letters':
      return [i18n.t('reason_stray_other_letters')];
    case 'news-score': {
      const met = reason.score >= reason.threshold ? 'met' : 'unmet';
      const values = { score: reason.score, threshold: reason.threshold };
      return [i18n.t(`reason_news_score_${reason.from}_${met}`, values)];
    }
    case 'news-site':
      return i18n.parts('reason_news_site', { site: code(reason.site) });
    case 'schema-type':
      return i18n.parts('reason_schema_type', { source: code(reason.source), type: code(reason.schemaType) });
    case 'og-article':
      return i18n.parts('reason_og_article', { markup: code('og:type=article') });
    case 'published-time':
      return [i18n.t('reason_published_time')];
    case 'dated-url':
      return [i18n.t('reason_dated_url')];
    case 'article-element':
    case 'time-element':
      return i18n.parts('reason_element', {
        markup: code(reason.code === 'article-element' ? '<article>' : '<time>'),
      });
    case 'no-news-signals':
      return [i18n.t('reason_no_news_signals')];
    case 'no-metadata':
      return [i18n.t('reason_no_metadata')];
    case 'news-cue':
      return [i18n.plural(`reason_news_cue_${reason.kind}`, reason.count, { first: reason.first })];
  }
}

let english: Translator | null = null;

/** The reasons as English lines, as the command-line tools print them. */
export function englishReasons(reasons: readonly DetectionReason[]): string[] {
  english ??= translatorFor('en');
  const i18n = english;
  return reasons.map((reason) => sayReason(i18n, reason, (text) => text).join(''));
}
