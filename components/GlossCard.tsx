import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { foldArabic } from '../lib/arabic/normalize';
import { splitSurface } from '../lib/arabic/surface-parts';
import { draftFromSuggestion } from '../lib/glossary/draft-entry';
import { pronounce } from '../lib/glossary/pronounce';
import type { Translator } from '../lib/i18n/translate';
import type { CardProps } from '../lib/page/card-host';
import { Pronounced } from './ArabicTerm';
import { CliticBreakdown } from './CliticBreakdown';
import { ContextSentence } from './ContextSentence';
import { OtherSpellings } from './OtherSpellings';
import { TypeBadge } from './TypeBadge';
import { useI18n } from './use-i18n';
import { WikipediaLink } from './WikipediaLink';

/**
 * The browser's Arabic voice on this machine, or null where it has none. Only a local one: a voice whose
 * `localService` is false is a remote speech service (Chrome's "Google" voices), and the Arabic would leave
 * the machine. Voices load asynchronously (Chrome returns an empty list at first and fires `voiceschanged`
 * when they arrive), so the choice is made again on that event.
 * https://developer.mozilla.org/en-US/docs/Web/API/SpeechSynthesisVoice/localService
 */
function useArabicVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    const synth = globalThis.speechSynthesis;
    if (synth === undefined) return;
    const choose = () => {
      const voices = synth.getVoices();
      setVoice(
        voices.find((candidate) => candidate.localService && candidate.lang.toLowerCase().startsWith('ar')) ??
          null,
      );
    };
    choose();
    synth.addEventListener('voiceschanged', choose);
    return () => synth.removeEventListener('voiceschanged', choose);
  }, []);
  return voice;
}

/** Speaks the Arabic as written with the given voice, cutting off anything still being spoken. */
function speak(text: string, voice: SpeechSynthesisVoice): void {
  const synth = globalThis.speechSynthesis;
  if (synth === undefined) return;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang;
  utterance.voice = voice;
  synth.speak(utterance);
}

/** What the history says of an entity's other pages, in the card's words. */
export function elsewhereWords(pages: number, i18n: Translator): string {
  if (pages === 0) return i18n.t('cardFirstTime');
  return i18n.plural('cardElsewhere', pages);
}

/**
 * Mentions on this page, and, only once the reader asks (the history is theirs, not the page's), on how many
 * other pages Dalil saw it.
 */
function SeenLine(props: { mentions: number; ask: () => Promise<number> }): JSX.Element {
  const [elsewhere, setElsewhere] = useState<number | null>(null);
  const { mentions, ask } = props;
  const i18n = useI18n();
  return (
    <p class="seen">
      {i18n.plural('cardMentionsHere', mentions)}
      {elsewhere === null ? (
        <button type="button" class="history" onClick={() => ask().then(setElsewhere, () => {})}>
          {i18n.t('cardSeenBefore')}
        </button>
      ) : (
        ` · ${elsewhereWords(elsewhere, i18n)}`
      )}
    </p>
  );
}

/** The gloss card: pure presentation of one entity; the host decides where it stands and when it closes. */
export function GlossCard(props: CardProps): JSX.Element {
  const { data, pinned, onClose, onCopy, onEdit, onAdd, onSeenElsewhere } = props;
  const { entry, clitics, alternatives } = data;
  const suggested = entry.suggestion !== undefined;
  /** What the copy button says after a press: the reader sees that it worked (or not). */
  const [copied, setCopied] = useState<string | null>(null);
  /** The add window could not be opened (the background did not answer): the button says so. */
  const [addFailed, setAddFailed] = useState(false);
  const parts = splitSurface({ ...data, forms: [entry.ar, ...entry.variants] });
  const showBreakdown = clitics.length > 0 || parts.ending !== '';
  const showCanonical = foldArabic(parts.stem).trim() !== foldArabic(entry.ar).trim();
  const context = data.context ?? entry.contexts?.[0];
  const pronunciation = pronounce(entry, {
    clitics: clitics.map((clitic) => clitic.ar),
    stem: parts.stem,
    ending: parts.ending,
  });
  const voice = useArabicVoice();
  const { t, parts: pieces, lang, dir } = useI18n();
  return (
    <div
      class="card"
      role="dialog"
      lang={lang}
      dir={dir}
      aria-label={t('cardLabel', { name: entry.en })}
      data-type={entry.type}
      data-suggested={suggested ? '' : undefined}
      tabIndex={-1}
    >
      <div class="top">
        <TypeBadge type={entry.type} />
        {pinned && (
          <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <p class="surface" dir="rtl" lang="ar">
        {data.surface}
      </p>
      <p class="sound" dir="ltr">
        <Pronounced pronunciation={pronunciation} />
        {voice !== null && (
          <button
            type="button"
            class="speak"
            aria-label={t('cardListen')}
            title={t('cardListenShort')}
            onClick={() => speak(data.surface, voice)}
          >
            <span aria-hidden="true">🔊</span>
          </button>
        )}
      </p>
      {showBreakdown && <CliticBreakdown clitics={clitics} parts={parts} english={entry.en} />}
      {showCanonical && (
        <p class="canonical">
          <span class="label">{t('cardStandardForm')}</span>{' '}
          <bdi class="ar" dir="rtl" lang="ar">
            {entry.ar}
          </bdi>
        </p>
      )}
      {suggested && <p class="suggested">{t('cardSuggested')}</p>}
      <p class="english" dir="ltr" lang="en">
        {entry.en}
      </p>
      <OtherSpellings entry={entry} class="also spellings" />
      {alternatives.length > 0 && (
        <p class="also">
          {pieces('cardAlso', {
            readings: alternatives.map((alt, index) => (
              <span key={alt.id}>
                {index > 0 && t('readingSeparator')}
                <bdi dir="ltr" lang="en">
                  {alt.en}
                </bdi>{' '}
                <span class="alt-type">({t(`type_${alt.type}`)})</span>
              </span>
            )),
          })}
        </p>
      )}
      {entry.note !== undefined && entry.note !== '' && (
        <p class="note" dir="ltr" lang="en">
          {entry.note}
        </p>
      )}
      {context !== undefined && context !== '' && (
        <ContextSentence sentence={context} needles={[data.surface, parts.stem, entry.ar]} />
      )}
      {!suggested && <SeenLine mentions={data.mentions} ask={() => onSeenElsewhere(entry.id)} />}
      <div class="actions">
        <button
          type="button"
          class="copy"
          onClick={() =>
            onCopy(entry.en).then(
              () => setCopied(t('cardCopied')),
              () => setCopied(t('cardNotCopied')),
            )
          }
        >
          {copied ?? t('copyEnglish')}
        </button>
        <WikipediaLink title={entry.wikipedia} />
        {suggested ? (
          // Opens the add window, an extension page: what the reader types there never passes the page.
          <button
            type="button"
            class="add"
            onClick={() =>
              onAdd(draftFromSuggestion(entry, context)).then(
                () => setAddFailed(false),
                () => setAddFailed(true),
              )
            }
          >
            {addFailed ? t('cardAddFailed') : t('addToGlossary')}
          </button>
        ) : (
          <button type="button" class="edit" onClick={() => onEdit(entry.id)}>
            {t('cardEditEntry')}
          </button>
        )}
      </div>
    </div>
  );
}
