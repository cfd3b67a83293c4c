/** Exact-span scoring of named entities: a found span counts only where a gold span has its bounds and kind. */

export interface Span {
  from: number;
  to: number;
  kind: string;
}

export type SpanCounts = Map<string, { tp: number; fp: number; fn: number }>;

/** Adds one sentence's spans to the counts per kind. */
export function spanScores(counts: SpanCounts, gold: readonly Span[], found: readonly Span[]): void {
  const key = (span: Span) => `${span.kind}:${span.from}:${span.to}`;
  const goldKeys = new Set(gold.map(key));
  const foundKeys = new Set(found.map(key));
  const bump = (kind: string, field: 'tp' | 'fp' | 'fn') => {
    const row = counts.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    row[field]++;
    counts.set(kind, row);
  };
  for (const span of found) bump(span.kind, goldKeys.has(key(span)) ? 'tp' : 'fp');
  for (const span of gold) if (!foundKeys.has(key(span))) bump(span.kind, 'fn');
}

export interface SpanFigures {
  kind: string;
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  /** Spans found that no gold span has: the wrong names, which precision alone gives only as a share. */
  wrong: number;
}

export function spanFigures(counts: SpanCounts): SpanFigures[] {
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, c]) => {
      const precision = c.tp / Math.max(1, c.tp + c.fp);
      const recall = c.tp / Math.max(1, c.tp + c.fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { kind, precision, recall, f1, gold: c.tp + c.fn, wrong: c.fp };
    });
}

export function printSpanFigures(title: string, counts: SpanCounts): void {
  console.log(`  ${title}:`);
  for (const row of spanFigures(counts)) {
    const figures = `P ${row.precision.toFixed(3)}  R ${row.recall.toFixed(3)}  F1 ${row.f1.toFixed(3)}`;
    console.log(`    ${row.kind.padEnd(5)} ${figures}  (gold ${row.gold}, wrong ${row.wrong})`);
  }
}
