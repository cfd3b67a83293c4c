import type { JSX } from 'preact';
import type { Clitic } from '../lib/arabic/clitics';
import { foldArabic, normalizeArabic } from '../lib/arabic/normalize';
import type { GlossaryEntry } from '../lib/glossary/schema';
import { useI18n } from './use-i18n';

/** A word or name as written, with what the matcher found attached to it. */
export interface SurfaceReading {
  /** The Arabic as written (with clitics). */
  surface: string;
  clitics: readonly Clitic[];
  /** '' when none. */
  suffix: string;
  entry: GlossaryEntry;
}

/** The surface cut into what the reader sees: clitics in front, the stem, an ending behind. */
export interface SurfaceParts {
  stem: string;
  /** The ending as written ('' when none or when it is not at the end of the surface). */
  ending: string;
}

/** Letter that the matcher drops from ال after ل (للرئيس = ل + الرئيس) and that must come back in the stem. */
const ALEF = 'ا';
/** The clitics ل + ال as the matcher lists them; on the page they are written لل. */
const LI_AL = 'لال';

/**
 * Cuts the clitics and the suffix off the surface as written, keeping its marks. The clitics come folded from
 * the matcher, so the cut is found in the folded text and mapped back to the original offsets.
 */
export function splitSurface(reading: SurfaceReading): SurfaceParts {
  const { surface, clitics, suffix, entry } = reading;
  let stem = surface;
  const joined = clitics.map((clitic) => clitic.ar).join('');
  if (joined !== '') {
    const folded = normalizeArabic(surface);
    const prefix = folded.text.startsWith(joined) ? joined : joined.replace(LI_AL, 'لل');
    const cut = folded.text.startsWith(prefix) ? folded.ends[prefix.length - 1] : undefined;
    if (cut !== undefined) stem = surface.slice(cut);
    // لل may stand for ل + ال with the alef dropped: restore it when only then does the stem read as the entry.
    const forms = [entry.ar, ...entry.variants].map(foldArabic);
    const foldedStem = foldArabic(stem);
    const reads = (text: string): boolean => forms.some((form) => form !== '' && text.startsWith(form));
    if (clitics.at(-1)?.ar === 'ل' && !reads(foldedStem) && reads(ALEF + foldedStem)) stem = ALEF + stem;
  }
  let ending = '';
  if (suffix !== '') {
    const folded = normalizeArabic(stem);
    const at = folded.text.length - suffix.length;
    const cut = at > 0 && folded.text.endsWith(suffix) ? folded.starts[at] : undefined;
    if (cut !== undefined) {
      ending = stem.slice(cut);
      stem = stem.slice(0, cut);
    }
  }
  return { stem, ending };
}

/**
 * "بـ in + باريس Paris": each clitic with its meaning, then the stem with its gloss. Shared by the card (the
 * word under the pointer) and the popup's look-up (the word typed).
 */
export function CliticBreakdown(props: {
  clitics: readonly Clitic[];
  parts: SurfaceParts;
  english: string;
}): JSX.Element {
  const { clitics, parts, english } = props;
  const { t, lang } = useI18n();
  return (
    <p class="breakdown" dir="ltr" lang="en">
      {clitics.map((clitic, index) => (
        <span class="part" key={index}>
          <bdi class="ar" dir="rtl" lang="ar">{`${clitic.ar}ـ`}</bdi> <span lang="en">{clitic.en}</span>
          <span class="plus" aria-hidden="true">
            {' + '}
          </span>
        </span>
      ))}
      <span class="part">
        <bdi class="ar" dir="rtl" lang="ar">
          {parts.stem}
        </bdi>{' '}
        <span lang="en">{english}</span>
      </span>
      {parts.ending !== '' && (
        <span class="part">
          <span class="plus" aria-hidden="true">
            {' + '}
          </span>
          <bdi class="ar" dir="rtl" lang="ar">{`ـ${parts.ending}`}</bdi>{' '}
          <span lang={lang}>{t('cliticEnding')}</span>
        </span>
      )}
    </p>
  );
}
