import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ENTRIES, planImport } from '../../lib/glossary/import-plan';
import {
  MAX_IMPORT_CHARS,
  markupWarnings,
  previewImport,
  readGlossaryRows,
} from '../../lib/glossary/import-preview';
import { parseGlossary } from '../../lib/glossary/parse';
import type { GlossaryEntry, OwnedEntry } from '../../lib/glossary/schema';
import { serializeGlossary } from '../../lib/glossary/serialize';
import { entry } from './entry-factory';

function stored(value: GlossaryEntry, more: Partial<OwnedEntry> = {}): OwnedEntry {
  return { ...value, origin: 'bundled', edited: false, ...more };
}

const PARIS = entry('باريس', 'باريس', 'Paris', { contexts: ['وصل الوفد إلى باريس'] });
const CAIRO = entry('القاهره', 'القاهرة', 'Cairo');
const TRUMP = entry('دونالد ترامب', 'دونالد ترامب', 'Donald Trump', { type: 'person', variants: ['ترامب'] });

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('readGlossaryRows: every valid row, and each rejected row with its line and reason', () => {
  it('reads a good CSV file whole', () => {
    const read = readGlossaryRows(csv('arabic,english,type', 'باريس,Paris,place', 'لندن,London,place'));
    expect(read.fatal).toBeNull();
    expect(read.total).toBe(2);
    expect(read.rejected).toEqual([]);
    expect(read.rows.map((row) => [row.line, row.entry.en])).toEqual([
      [2, 'Paris'],
      [3, 'London'],
    ]);
  });

  it('sets aside the bad rows of a CSV file and keeps the rest, with their own line numbers', () => {
    const read = readGlossaryRows(
      csv(
        'arabic,english,type',
        'باريس,Paris,place',
        'لندن,London,town',
        ',Nobody,person',
        '"روما, إيطاليا",Rome,place',
        'باريس,Paris again,place',
        'برلين,Berlin,place',
      ),
    );
    expect(read.fatal).toBeNull();
    expect(read.total).toBe(6);
    expect(read.rows.map((row) => [row.line, row.entry.en])).toEqual([
      [2, 'Paris'],
      [5, 'Rome'],
      [7, 'Berlin'],
    ]);
    expect(read.rejected.map((problem) => problem.line)).toEqual([3, 4, 6]);
    expect(read.rejected[0]).toMatchObject({ code: 'unknown-type', value: 'town' });
    expect(read.rejected[1]).toMatchObject({ code: 'missing-field', field: 'ar' });
    expect(read.rejected[2]).toMatchObject({ code: 'form-twice', form: 'باريس', first: 2, second: 6 });
  });

  it('keeps line numbers right after a quoted cell spanning lines', () => {
    const read = readGlossaryRows(
      csv(
        'arabic,english,type,note',
        'باريس,Paris,place,"two',
        'lines"',
        'لندن,London,town,',
        'روما,Rome,place,',
      ),
    );
    expect(read.rows.map((row) => [row.line, row.entry.en])).toEqual([
      [2, 'Paris'],
      [5, 'Rome'],
    ]);
    expect(read.rejected).toEqual([{ line: 4, code: 'unknown-type', value: 'town' }]);
  });

  it('reads TSV, and JSON by entry position', () => {
    const tsv = readGlossaryRows('arabic\tenglish\ttype\nباريس\tParis\tplace\n', { name: 'list.tsv' });
    expect(tsv.format).toBe('tsv');
    expect(tsv.rows).toHaveLength(1);

    const json = readGlossaryRows(
      JSON.stringify({
        format: 'dalil-glossary',
        schemaVersion: 1,
        entries: [PARIS, { ar: 'لندن', en: 'London' }, 'not an entry', CAIRO],
      }),
    );
    expect(json.format).toBe('json');
    expect(json.rows.map((row) => [row.line, row.entry.en])).toEqual([
      [1, 'Paris'],
      [4, 'Cairo'],
    ]);
    expect(json.rejected).toEqual([
      { line: 2, code: 'unknown-type', value: '' },
      { line: 3, code: 'not-object' },
    ]);
    expect(json.rows[0]?.entry.contexts).toEqual(PARIS.contexts);
  });

  const noColumns = { code: 'header-missing', required: ['arabic', 'english', 'type'] } as const;
  it.each<[string, string, { name?: string }, Record<string, unknown>]>([
    ['an empty file', '', {}, { code: 'file-empty' }],
    [
      'a header without the required columns',
      'name,meaning\nباريس,Paris\n',
      { name: 'x.csv' },
      { ...noColumns, missing: ['arabic', 'english', 'type'] },
    ],
    ['an unclosed quote', 'arabic,english,type\n"باريس,Paris,place\n', {}, { code: 'quote-unclosed' }],
    ['JSON that is not a glossary', '{"hello": "world"}', {}, { code: 'not-dalil-glossary' }],
    ['broken JSON', '{"format": "dalil-glossary", ', { name: 'g.json' }, { code: 'json-invalid' }],
    [
      'another schema version',
      '{"format":"dalil-glossary","schemaVersion":9,"entries":[]}',
      {},
      { code: 'schema-version', found: '9' },
    ],
    [
      'binary data',
      '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR',
      { name: 'photo.csv' },
      { ...noColumns, missing: ['arabic', 'english', 'type'] },
    ],
  ])('refuses %s as a whole, with the problem', (_, text, options, problem) => {
    const read = readGlossaryRows(text, options);
    expect(read.fatal).toEqual([expect.objectContaining(problem)]);
    expect(read.rows).toEqual([]);
  });

  // How long the refusal takes is a figure of `npm run bench` (import_refusal_ms), not a test.
  it('refuses a file of 50,000 rows with the limit in the problem', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `كلمة${i},word ${i},term`);
    const read = readGlossaryRows(csv('arabic,english,type', ...rows));
    expect(read.fatal).toEqual([{ line: 0, code: 'too-many', count: 50_000, unit: 'rows', max: 20_000 }]);
    expect(MAX_IMPORT_ENTRIES).toBe(20_000);
  });

  it('counts the rows before it parses: a file over the limit is refused for that, whatever is further on', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `كلمة${i},word ${i},term`);
    // Parsed, the unclosed quote at the end would be the file's problem; the count comes first.
    const read = readGlossaryRows(csv('arabic,english,type', ...rows, 'كلمة,"never closed,term'));
    expect(read.fatal).toEqual([{ line: 0, code: 'too-many', count: 30_000, unit: 'rows', max: 20_000 }]);
  });

  it('refuses a JSON file of more entries than the limit', () => {
    const entries = Array.from({ length: MAX_IMPORT_ENTRIES + 1 }, () => PARIS);
    const read = readGlossaryRows(JSON.stringify({ format: 'dalil-glossary', schemaVersion: 1, entries }));
    expect(read.fatal).toEqual([{ line: 0, code: 'too-many', count: 20_001, unit: 'entries', max: 20_000 }]);
  });

  it('tells how far it is as it reads a large file, ending at the comparison', () => {
    const rows = Array.from(
      { length: 15_000 },
      (_, i) => `كلمة${i},word ${i} with a longer English gloss,term`,
    );
    const shares: number[] = [];
    previewImport({
      text: csv('arabic,english,type', ...rows),
      existing: [],
      mode: 'merge',
      onProgress: (progress) => shares.push(progress.done),
    });
    expect(shares.length).toBeGreaterThan(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBe(0.9);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const read = readGlossaryRows('x'.repeat(MAX_IMPORT_CHARS + 1));
    expect(read.fatal).toEqual([{ line: 0, code: 'too-large', size: 20, limit: 20 }]);
  });

  it('rejects a row over the message limits (a 5,000-character note) with the reason', () => {
    const read = readGlossaryRows(
      csv('arabic,english,type,note', `باريس,Paris,place,${'x'.repeat(5000)}`, 'لندن,London,place,'),
    );
    expect(read.rows.map((row) => row.entry.en)).toEqual(['London']);
    expect(read.rejected).toEqual([{ line: 2, code: 'text-too-long', field: 'note', limit: 2000 }]);
  });

  it('keeps hostile text as text and warns about it', () => {
    const read = readGlossaryRows(
      csv(
        'arabic,english,type,note',
        'باريس,<img src=x onerror=alert(1)>,place,',
        'لندن,London,place,<script>alert(1)</script>',
      ),
    );
    expect(read.rows.map((row) => row.entry.en)).toEqual(['<img src=x onerror=alert(1)>', 'London']);
    expect(markupWarnings(read.rows)).toEqual([
      { line: 2, code: 'markup', field: 'en' },
      { line: 3, code: 'markup', field: 'note' },
    ]);
  });
});

describe('planImport: added, changed, unchanged, rejected (and removed when replacing)', () => {
  const existing = [stored(PARIS), stored(CAIRO, { origin: 'user' }), stored(TRUMP)];

  it('merge: same id is changed (or unchanged), new ids are added', () => {
    const plan = planImport({
      existing,
      mode: 'merge',
      rows: [
        { line: 2, entry: { ...PARIS, en: 'Paris, France' } },
        { line: 3, entry: CAIRO },
        { line: 4, entry: entry('لندن', 'لندن', 'London') },
      ],
    });
    expect(plan.changed.map((change) => [change.line, change.before.en, change.after.en])).toEqual([
      [2, 'Paris', 'Paris, France'],
    ]);
    expect(plan.unchanged.map((row) => row.line)).toEqual([3]);
    expect(plan.added.map((row) => row.line)).toEqual([4]);
    expect(plan.rejected).toEqual([]);
    expect(plan.removed).toEqual([]);
  });

  it('merge: a new entry with an existing form is rejected, naming the entry it collides with', () => {
    const plan = planImport({
      existing,
      mode: 'merge',
      rows: [{ line: 7, entry: entry('ترامب-2', 'ترمب', 'Trump', { variants: ['تْرامب'] }) }],
    });
    expect(plan.rejected).toEqual([
      {
        line: 7,
        code: 'form-in-glossary',
        form: 'تْرامب',
        other: 'دونالد ترامب',
        otherEnglish: 'Donald Trump',
      },
    ]);
    expect(plan.added).toEqual([]);
  });

  it('merge: a form freed by an entry the import changes may be taken by another', () => {
    const plan = planImport({
      existing,
      mode: 'merge',
      rows: [
        { line: 2, entry: { ...TRUMP, variants: [] } },
        { line: 3, entry: entry('ترامب', 'ترامب', 'Trump (family)', { type: 'other' }) },
      ],
    });
    expect(plan.rejected).toEqual([]);
    expect(plan.added.map((row) => row.line)).toEqual([3]);
  });

  it('merge: ambiguous entries may share a form', () => {
    const oman = stored(entry('عمان', 'عمان', 'Oman', { ambiguous: true }));
    const plan = planImport({
      existing: [oman],
      mode: 'merge',
      rows: [{ line: 2, entry: entry('عمان-2', 'عمّان', 'Amman', { ambiguous: true }) }],
    });
    expect(plan.added).toHaveLength(1);
  });

  it('keeps the stored contexts when the file has none (CSV), so a CSV round trip is no change', () => {
    const { contexts: _, ...withoutContexts } = PARIS;
    const plan = planImport({ existing, mode: 'merge', rows: [{ line: 2, entry: withoutContexts }] });
    expect(plan.unchanged).toHaveLength(1);
    expect(plan.unchanged[0]?.entry.contexts).toEqual(PARIS.contexts);
  });

  it('replace: entries not in the file are removed and no stored form blocks the file', () => {
    const plan = planImport({
      existing,
      mode: 'replace',
      rows: [{ line: 2, entry: entry('ترامب', 'ترامب', 'Trump') }],
    });
    expect(plan.added).toHaveLength(1);
    expect(plan.removed.map((row) => row.id).sort()).toEqual([CAIRO.id, PARIS.id, TRUMP.id].sort());
  });
});

describe('previewImport of a replace', () => {
  const existing = [stored(PARIS), stored(CAIRO)];

  it('refuses a file with rejected rows, so the entry a bad row names is not removed', () => {
    const text = csv('arabic,english,type,inflects', 'باريس,Paris,place,maybe', 'لندن,London,place,');
    const preview = previewImport({ text, name: 'places.csv', existing, mode: 'replace' });
    expect(preview.fatal?.[0]).toEqual({ line: 0, code: 'replace-needs-clean-file' });
    // The bad row is listed with its line, so it can be corrected.
    expect(preview.fatal?.slice(1).map((problem) => problem.line)).toEqual([2]);
    expect(preview.entries).toEqual([]);
    expect(preview.plan.removed).toEqual([]);
  });

  it('merges the same file: the valid row is added, Paris is kept as it was', () => {
    const text = csv('arabic,english,type,inflects', 'باريس,Paris,place,maybe', 'لندن,London,place,');
    const preview = previewImport({ text, name: 'places.csv', existing, mode: 'merge' });
    expect(preview.fatal).toBeNull();
    expect(preview.plan.rejected.map((problem) => problem.line)).toEqual([2]);
    expect(preview.entries.map((value) => value.en)).toEqual(['London']);
    expect(preview.plan.removed).toEqual([]);
  });

  it('replaces with a clean file: what it does not hold is removed', () => {
    const text = csv('arabic,english,type', 'لندن,London,place');
    const preview = previewImport({ text, name: 'places.csv', existing, mode: 'replace' });
    expect(preview.fatal).toBeNull();
    expect(preview.plan.removed.map((value) => value.id).sort()).toEqual([CAIRO.id, PARIS.id].sort());
  });
});

describe('previewImport and export round trips', () => {
  const existing = [
    stored(PARIS),
    stored(CAIRO, { origin: 'user' }),
    stored(TRUMP, { edited: true, en: 'Trump' }),
  ];

  it.each(['json', 'csv', 'tsv'] as const)('an export in %s previews as "all unchanged"', (format) => {
    const text = serializeGlossary(existing, format);
    const preview = previewImport({ text, name: `glossary.${format}`, existing, mode: 'merge' });
    expect(preview.fatal).toBeNull();
    expect(preview.plan.rejected).toEqual([]);
    expect(preview.plan.unchanged).toHaveLength(existing.length);
    expect(preview.entries).toHaveLength(existing.length);
  });

  it('serialized JSON parses back to the same entries (fields, flags, contexts)', () => {
    const rich = entry('مالي', 'مالي', 'Mali', {
      contextual: true,
      inflects: false,
      note: 'a "quoted", note\nwith a line break',
      wikipedia: 'Mali',
      variants: ['جمهورية مالي'],
      contexts: ['في مالي'],
    });
    for (const format of ['json', 'csv'] as const) {
      const parsed = parseGlossary(serializeGlossary([rich, PARIS], format), { name: `x.${format}` });
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const expected =
        format === 'json' ? [rich, PARIS] : [rich, PARIS].map(({ contexts: _, ...rest }) => rest);
      expect(parsed.entries).toEqual(expected.map(({ inflects: _, ...rest }) => rest));
    }
  });

  it('a CSV without a column, or with an empty cell, keeps the stored value unless empty cells clear fields', () => {
    const rich = stored(
      entry('باريس', 'باريس', 'Paris', {
        variants: ['پاريس'],
        note: 'Capital of France',
        wikipedia: 'Paris',
      }),
    );
    const plan = (emptyCellsClear: boolean) =>
      previewImport({
        text: csv('arabic,english,type,note', 'باريس,"Paris, France",place,'),
        existing: [rich],
        mode: 'merge',
        emptyCellsClear,
      });
    const kept = plan(false);
    expect(kept.plan.changed).toHaveLength(1);
    // The note cell is empty: no change. Variants and wikipedia have no column: kept.
    const after = kept.plan.changed[0]?.after;
    expect(after).toEqual({
      id: 'باريس',
      ar: 'باريس',
      en: 'Paris, France',
      type: 'place',
      variants: ['پاريس'],
      note: 'Capital of France',
      wikipedia: 'Paris',
    });
    expect(kept.entries).toEqual([after]);
    // Asked for: the empty cell empties the note, and the fields without a column are still kept.
    const { note: _, ...cleared } = after ?? rich;
    expect(plan(true).plan.changed[0]?.after).toEqual(cleared);
  });

  it('an empty flag cell keeps a stored flag; "no" clears it', () => {
    const title = stored(entry('وزير', 'وزير', 'minister', { type: 'title', inflects: true }));
    const inflectsAfter = (cell: string) =>
      previewImport({
        text: csv('arabic,english,type,inflects', `وزير,the minister,title,${cell}`),
        existing: [title],
        mode: 'merge',
      }).plan.changed[0]?.after.inflects;
    expect(inflectsAfter('')).toBe(true);
    expect(inflectsAfter('no')).toBeUndefined();
  });

  it('sends every valid row (the rejected ones left out) and lists warnings', () => {
    const preview = previewImport({
      text: csv('arabic,english,type', 'لندن,London,place', 'روما,Rome,city', 'برلين,<b>Berlin</b>,place'),
      existing,
      mode: 'merge',
    });
    expect(preview.entries.map((value) => value.en)).toEqual(['London', '<b>Berlin</b>']);
    expect(preview.plan.rejected.map((problem) => problem.line)).toEqual([3]);
    expect(preview.warnings.map((warning) => warning.line)).toEqual([4]);
  });
});
