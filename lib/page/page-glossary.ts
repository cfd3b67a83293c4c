import { formsReadAs } from '../glossary/context-readings';
import type { GlossaryEntry } from '../glossary/schema';

/**
 * The glossaries of a page whose registry is shown another reading than the reader's (lib/page/own-paint.ts).
 * `entries` is the reader's glossary in the store's order (by id), those that are not the bundled glossary's
 * as it ships marked `own`; `pristine` the bundled entries, as shipped, that the reader changed or deleted.
 */
export interface ReaderGlossary {
  entries: readonly GlossaryEntry[];
  pristine: readonly GlossaryEntry[];
}

const byId = (a: GlossaryEntry, b: GlossaryEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The bundled glossary as a fresh install reads it: the reader's unchanged bundled entries and the pristine
 * ones, in the store's order (IndexedDB lists by id, in code units as `<` compares them). The unchanged
 * entries keep their order among themselves, so where a text holds none of the differences both readings
 * choose alike between entries sharing a form.
 */
export function bundledReading({ entries, pristine }: ReaderGlossary): GlossaryEntry[] {
  const kept = entries.filter((entry) => entry.own !== true);
  const back = [...pristine].sort(byId);
  const merged: GlossaryEntry[] = [];
  let k = 0;
  for (const entry of kept) {
    while (k < back.length && byId(back[k] as GlossaryEntry, entry) < 0)
      merged.push(back[k++] as GlossaryEntry);
    merged.push(entry);
  }
  merged.push(...back.slice(k));
  return merged;
}

/**
 * Every entry by which the two readings differ (the reader's own and changed ones, the pristine ones), each
 * made to match wherever one of its forms stands: a text where a matcher over these finds nothing is read
 * alike by both. A "contextual" entry stands only beside a confirming name in a reading, which this matcher,
 * having none of the rest, would never see: it is told to match alone. An entry a context rule reads where
 * none of its own forms stands (a club at its city's name, context-readings.ts) matches there too.
 */
export function readingDifferences({ entries, pristine }: ReaderGlossary): GlossaryEntry[] {
  return [...entries.filter((entry) => entry.own === true), ...pristine].map((entry) => {
    const readAt = formsReadAs(entry);
    if (entry.contextual !== true && readAt.length === 0) return entry;
    return { ...entry, contextual: false, variants: [...entry.variants, ...readAt] };
  });
}
