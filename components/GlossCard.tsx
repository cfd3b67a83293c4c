import type { JSX } from 'preact';
import type { Clitic } from '../lib/arabic/clitics';
import { foldArabic, normalizeArabic } from '../lib/arabic/normalize';
import type { GlossaryEntry } from '../lib/glossary/schema';

/** What the card shows about one entity on the page. */
export interface CardData {
  /** The Arabic as written on the page (with clitics). */
  surface: string;
  clitics: Clitic[];
  /** '' when none. */
  suffix: string;
  entry: GlossaryEntry;
  /** Other readings of an ambiguous form. */
  alternatives: GlossaryEntry[];
  /** The sentence on this page where it stands (preferred over entry.contexts[0]). */
  context?: string;
  /** How often the reader has met it; the line is hidden when undefined. */
  seenCount?: number;
}

export interface GlossCardProps {
  data: CardData;
  pinned: boolean;
  onClose(): void;
  onCopy(text: string): void;
  onEdit(entryId: string): void;
}

/** The surface cut into what the reader sees: clitics in front, the stem, an ending behind. */
interface SurfaceParts {
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
function splitSurface(data: CardData): SurfaceParts {
  const { surface, clitics, suffix, entry } = data;
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

/** Where `needle` stands in `sentence`: exactly as written, else ignoring marks and spelling variants. */
function findIn(sentence: string, needle: string): [number, number] | null {
  if (needle === '') return null;
  const exact = sentence.indexOf(needle);
  if (exact >= 0) return [exact, exact + needle.length];
  const key = foldArabic(needle);
  if (key === '') return null;
  const folded = normalizeArabic(sentence);
  const at = folded.text.indexOf(key);
  if (at < 0) return null;
  const start = folded.starts[at];
  const end = folded.ends[at + key.length - 1];
  return start === undefined || end === undefined ? null : [start, end];
}

/** The context sentence with the entity emphasised, as text nodes (glossary text is never parsed as HTML). */
function ContextSentence(props: { sentence: string; needles: string[] }): JSX.Element {
  const { sentence, needles } = props;
  let span: [number, number] | null = null;
  for (const needle of needles) {
    span = findIn(sentence, needle);
    if (span !== null) break;
  }
  return (
    <p class="context" dir="rtl" lang="ar">
      {span === null ? (
        sentence
      ) : (
        <>
          {sentence.slice(0, span[0])}
          <mark class="hit">{sentence.slice(span[0], span[1])}</mark>
          {sentence.slice(span[1])}
        </>
      )}
    </p>
  );
}

/** "بـ in + باريس Paris": each clitic with its meaning, then the stem with its gloss. */
function Breakdown(props: { clitics: Clitic[]; parts: SurfaceParts; english: string }): JSX.Element {
  const { clitics, parts, english } = props;
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
          <bdi class="ar" dir="rtl" lang="ar">{`ـ${parts.ending}`}</bdi> <span lang="en">ending</span>
        </span>
      )}
    </p>
  );
}

/** The gloss card: pure presentation of one entity; the host decides where it stands and when it closes. */
export function GlossCard(props: GlossCardProps): JSX.Element {
  const { data, pinned, onClose, onCopy, onEdit } = props;
  const { entry, clitics, alternatives, seenCount } = data;
  const parts = splitSurface(data);
  const showBreakdown = clitics.length > 0 || parts.ending !== '';
  const showCanonical = foldArabic(parts.stem).trim() !== foldArabic(entry.ar).trim();
  const context = data.context ?? entry.contexts?.[0];
  return (
    <div class="card" role="dialog" aria-label={`Dalil: ${entry.en}`} data-type={entry.type} tabIndex={-1}>
      <div class="top">
        <span class={`badge badge-${entry.type}`} lang="en">
          {entry.type}
        </span>
        {pinned && (
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <p class="surface" dir="rtl" lang="ar">
        {data.surface}
      </p>
      {showBreakdown && <Breakdown clitics={clitics} parts={parts} english={entry.en} />}
      {showCanonical && (
        <p class="canonical" dir="ltr" lang="en">
          <span class="label">standard form</span>{' '}
          <bdi class="ar" dir="rtl" lang="ar">
            {entry.ar}
          </bdi>
        </p>
      )}
      <p class="english" dir="ltr" lang="en">
        {entry.en}
      </p>
      {alternatives.length > 0 && (
        <p class="also" dir="ltr" lang="en">
          {'also: '}
          {alternatives.map((alt, index) => (
            <span key={alt.id}>
              {index > 0 && '; '}
              {alt.en} <span class="alt-type">({alt.type})</span>
            </span>
          ))}
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
      {seenCount !== undefined && (
        <p class="seen" dir="ltr" lang="en">
          {`seen ${seenCount} ${seenCount === 1 ? 'time' : 'times'}`}
        </p>
      )}
      <div class="actions" dir="ltr" lang="en">
        <button type="button" class="copy" onClick={() => onCopy(entry.en)}>
          Copy English
        </button>
        <button type="button" class="edit" onClick={() => onEdit(entry.id)}>
          Edit entry
        </button>
      </div>
    </div>
  );
}
