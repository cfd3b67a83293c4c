import type { GlossaryEntry } from '../../lib/glossary/schema';

/** A glossary entry for a test: a place with no variants unless `more` says otherwise. */
export function entry(id: string, ar: string, en: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { id, ar, variants: [], en, type: 'place', ...more };
}
