import type { EntityMatch } from './matcher';
import type { GlossaryEntry } from './schema';

/** One entry's occurrences in a text: what a table or a list of "entities on this page" shows. */
export interface EntitySummary {
  entry: GlossaryEntry;
  /** The distinct ways it was written, in order of first appearance. */
  surfaces: string[];
  count: number;
  /** Offset of its first occurrence. */
  first: number;
}

/** Groups matches by entry, most mentioned first, ties in order of first appearance. */
export function summarizeMatches(
  matches: readonly EntityMatch[],
  options: { text: string; entries: readonly GlossaryEntry[] },
): EntitySummary[] {
  const byEntry = new Map<number, EntitySummary>();
  for (const match of matches) {
    const surface = options.text.slice(match.start, match.end);
    let summary = byEntry.get(match.entry);
    if (summary === undefined) {
      summary = {
        entry: options.entries[match.entry] as GlossaryEntry,
        surfaces: [],
        count: 0,
        first: match.start,
      };
      byEntry.set(match.entry, summary);
    }
    summary.count++;
    if (!summary.surfaces.includes(surface)) summary.surfaces.push(surface);
  }
  return [...byEntry.values()].sort((a, b) => b.count - a.count || a.first - b.first);
}
