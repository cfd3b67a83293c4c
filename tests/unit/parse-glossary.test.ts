import { describe, expect, it } from 'vitest';
import { parseGlossary, readGlossaryFile } from '../../lib/glossary/parse';
import type { Problem } from '../../lib/glossary/problems';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { serializeGlossary } from '../../lib/glossary/serialize';

const TSV = [
  'arabic\tenglish\ttype\tvariants\tnote',
  'آشتون كارتر\tAshton Carter\tperson\tكارتر | أشتون كارتر\tUS Secretary of Defense 2015–2017',
  'باريس\tParis\tplace\t\t',
].join('\n');

describe('parseGlossary reads the import formats', () => {
  it('reads TSV with variants separated by |', () => {
    const result = parseGlossary(TSV, { name: 'mine.tsv' });
    expect(result).toMatchObject({ ok: true, format: 'tsv' });
    if (!result.ok) return;
    expect(result.entries).toEqual([
      {
        id: 'اشتون كارتر',
        ar: 'آشتون كارتر',
        en: 'Ashton Carter',
        type: 'person',
        variants: ['كارتر', 'أشتون كارتر'],
        note: 'US Secretary of Defense 2015–2017',
      },
      { id: 'باريس', ar: 'باريس', en: 'Paris', type: 'place', variants: [] },
    ]);
  });

  it('reads CSV with quoted cells, doubled quotes, CRLF, a BOM and columns in any order', () => {
    const csv =
      '\uFEFFType,English,Arabic,Note\r\nplace,Paris,باريس,"Capital of France, on the ""Seine"""\r\n';
    const result = parseGlossary(csv);
    expect(result.ok && result.format).toBe('csv');
    expect(result.ok && result.entries[0]?.note).toBe('Capital of France, on the "Seine"');
  });

  it('reads the inflects column', () => {
    const result = parseGlossary(
      'arabic,english,type,inflects\nوزير,minister,title,yes\nباريس,Paris,place,no\n',
    );
    expect(result.ok && result.entries.map((entry) => entry.inflects)).toEqual([true, undefined]);
  });

  it('keeps HTML in a gloss as plain text (it is shown as text, never as markup)', () => {
    const result = parseGlossary('arabic,english,type\nباريس,<img src=x onerror=alert(1)>,place\n');
    expect(result.ok && result.entries[0]?.en).toBe('<img src=x onerror=alert(1)>');
  });

  it.each(['json', 'csv', 'tsv'] as const)('round-trips through %s without loss', (format) => {
    const entries: GlossaryEntry[] = [
      {
        id: 'custom-id',
        ar: 'وزير الدفاع',
        vocalized: 'وَزِير الدِّفاع',
        en: 'Defence Minister, "the" minister',
        enVariants: ['Minister of Defence', 'MoD'],
        type: 'title',
        variants: ['وزراء الدفاع', 'وزير دفاع'],
        note: 'Line one\nline two, with a comma\tand a tab',
        wikipedia: 'Minister_of_Defence',
        inflects: true,
      },
      { id: 'باريس', ar: 'باريس', en: 'Paris', type: 'place', variants: [] },
      // What a spreadsheet would run, and a leading quote of the user's own.
      {
        id: '=cmd',
        ar: 'لندن',
        en: '+London',
        type: 'place',
        variants: [],
        note: "'-@ note",
        wikipedia: '@x',
      },
      { id: 'روما', ar: 'روما', en: "'Rome", type: 'place', variants: [], note: '-5' },
    ];
    const text = serializeGlossary(entries, format);
    const result = parseGlossary(text, { name: `export.${format}` });
    expect(result).toEqual({ ok: true, format, entries });
    if (format !== 'json') expect(text).toMatch(/'\+London/);
  });
});

describe('parseGlossary rejects bad input with the line and the reason', () => {
  it.each<[string, Problem, string]>([
    ['', { code: 'file-empty' }, 'empty file'],
    [
      'arabic,english\nباريس,Paris\n',
      { code: 'header-missing', required: ['arabic', 'english', 'type'], missing: ['type'] },
      'a header without the type column',
    ],
    [
      'hello world\nfoo\n',
      {
        code: 'header-missing',
        required: ['arabic', 'english', 'type'],
        missing: ['arabic', 'english', 'type'],
      },
      'not a glossary at all',
    ],
    ['arabic,english,type\nباريس,Paris,"place\n', { code: 'quote-unclosed' }, 'an unclosed quote'],
    [
      '{"format": "dalil-glossary", "schemaVersion": 1, "entries": [',
      { code: 'json-invalid', detail: expect.any(String) },
      'truncated JSON',
    ],
    [
      '{"entries": []}',
      { code: 'not-dalil-glossary', format: 'dalil-glossary' },
      'JSON without the format marker',
    ],
    [
      '{"format": "dalil-glossary", "schemaVersion": 99, "entries": []}',
      { code: 'schema-version', found: '99', supported: 1 },
      'a newer version',
    ],
    [
      '{"format": "dalil-glossary", "schemaVersion": 1, "entries": {}}',
      { code: 'entries-not-array' },
      'entries not a list',
    ],
    [
      'arabic,english,note,type\nباريس,Paris,Capital (of France, click me),place\n',
      { code: 'row-extra-cells', cells: 5, columns: 4, separator: 'comma' },
      'an unquoted comma, not an unknown type',
    ],
    [
      'arabic\tenglish\ttype\nباريس\tParis\tplace\tx\n',
      { code: 'row-extra-cells', cells: 4, columns: 3, separator: 'tab' },
      'a tab too many in TSV',
    ],
    [
      'arabic,vocalized,english,type\nباريس,بَارِيز,Paris,place\n',
      { code: 'vocalized-mismatch', vocalized: 'بَارِيز', ar: 'باريس' },
      'a vocalised form of another word',
    ],
    [
      'id,arabic,english,type\nsuggested:باريس,باريس,Paris,place\n',
      { code: 'id-reserved', id: 'suggested:باريس', prefix: 'suggested:' },
      "an id in the suggestions' namespace, which could never be edited once stored",
    ],
  ])('%# %s (%s)', (text, problem) => {
    const result = parseGlossary(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toEqual({ ...problem, line: expect.any(Number) });
  });

  it('lists every bad row with its line, and returns no entries at all', () => {
    const tsv = [
      'arabic\tenglish\ttype\tvariants',
      'باريس\tParis\tplace\t',
      '\tNo Arabic\tplace\t',
      'لندن\t\tplace\t',
      'روما\tRome\tcity\t',
      'ب\tB\tplace\t',
      'ـــ\tTatweel only\tplace\t',
      'Berlin\tBerlin\tplace\t',
      'بَارِيس\tParis again\tplace\t',
      'مدريد\tMadrid\tplace\tمَدريد | ب',
      'القاهرة\tCairo\tplace\t',
      'القاهره\tCairo (spelt with heh)\tplace\t',
    ].join('\n');
    const result = parseGlossary(tsv, { name: 'bad.tsv' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { line: 3, code: 'missing-field', field: 'ar' },
      { line: 4, code: 'missing-field', field: 'en' },
      { line: 5, code: 'unknown-type', value: 'city' },
      { line: 6, code: 'form-single-letter', form: 'ب' },
      { line: 7, code: 'form-empty', form: 'ـــ' },
      { line: 8, code: 'form-no-arabic', form: 'Berlin' },
      { line: 9, code: 'form-same-as', form: 'بَارِيس', other: 'باريس', otherEnglish: 'Paris', otherLine: 2 },
      { line: 10, code: 'form-single-letter', form: 'ب' },
      {
        line: 12,
        code: 'form-same-as',
        form: 'القاهره',
        other: 'القاهرة',
        otherEnglish: 'Cairo',
        otherLine: 11,
      },
    ]);
  });

  it('reports bad JSON entries by position', () => {
    const json = JSON.stringify({
      format: 'dalil-glossary',
      schemaVersion: 1,
      entries: [
        { ar: 'باريس', en: 'Paris', type: 'place' },
        'oops',
        { ar: 'لندن', en: 'London', type: 'place', variants: 'x' },
      ],
    });
    const result = parseGlossary(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { line: 2, code: 'not-object' },
      { line: 3, code: 'not-list', field: 'variants' },
    ]);
  });
});

describe('ambiguous and contextual entries', () => {
  it('lets entries that both declare a form ambiguous share it', () => {
    const tsv = 'arabic\tenglish\ttype\tambiguous\nعمان\tOman\tplace\tyes\nعمّان\tAmman\tplace\tyes\n';
    const result = parseGlossary(tsv);
    expect(result.ok && result.entries.map((entry) => [entry.en, entry.ambiguous])).toEqual([
      ['Oman', true],
      ['Amman', true],
    ]);
  });

  it('still rejects a collision when only one side is ambiguous', () => {
    const result = parseGlossary(
      'arabic\tenglish\ttype\tambiguous\nعمان\tOman\tplace\tyes\nعمّان\tAmman\tplace\t\n',
    );
    expect(result.ok).toBe(false);
  });

  it('reads contextual and source, and rejects a flag that is not yes or no', () => {
    const ok = parseGlossary('arabic,english,type,contextual,source\nمالي,Mali,place,yes,CLDR\n');
    expect(ok.ok && ok.entries[0]).toMatchObject({ contextual: true, source: 'CLDR' });
    const bad = parseGlossary('arabic,english,type,contextual\nمالي,Mali,place,maybe\n');
    expect(!bad.ok && bad.problems).toEqual([
      { line: 2, code: 'flag-not-yes-no', field: 'contextual', value: 'maybe' },
    ]);
  });
});

describe('readGlossaryFile reads rows without validating them', () => {
  it('gives each row with its line, a problem for each row it cannot read, and the columns the file lacks', () => {
    const read = readGlossaryFile(
      'arabic,english,type,note,inflects\nباريس,Paris,place,Capital,\n,Nobody,town,,\nوزير,minister,title,,maybe\n',
    );
    expect(read.fileProblems).toEqual([]);
    expect(read.rows.map((row) => [row.line, row.ar, row.en, row.type, row.note])).toEqual([
      [2, 'باريس', 'Paris', 'place', 'Capital'],
      [3, '', 'Nobody', 'town', ''],
    ]);
    expect(read.rowProblems).toEqual([
      { line: 4, code: 'flag-not-yes-no', field: 'inflects', value: 'maybe' },
    ]);
    expect(read.absent.map((field) => field.key)).toEqual([
      'id',
      'vocalized',
      'variants',
      'enVariants',
      'wikipedia',
      'contextual',
      'ambiguous',
      'source',
    ]);
  });

  it.each([
    ['an empty file', '  \n', 'csv', { line: 1, code: 'file-empty' }],
    [
      'a header without the required columns',
      'arabic,note\nباريس,x\n',
      'csv',
      {
        line: 1,
        code: 'header-missing',
        required: ['arabic', 'english', 'type'],
        missing: ['english', 'type'],
      },
    ],
    [
      'JSON of another kind',
      '{"entries": []}',
      'json',
      { line: 0, code: 'not-dalil-glossary', format: 'dalil-glossary' },
    ],
  ])('gives %s as a problem of the file, with no rows', (_, text, format, problem) => {
    expect(readGlossaryFile(text)).toEqual({
      format,
      fileProblems: [problem],
      rows: [],
      rowProblems: [],
      absent: [],
    });
  });

  it('reads JSON entries by position, every field there', () => {
    const read = readGlossaryFile(
      JSON.stringify({
        format: 'dalil-glossary',
        schemaVersion: 1,
        entries: [
          { ar: ' باريس ', en: 'Paris', type: 'place', variants: [' باريز ', ''], contexts: [' في باريس'] },
          7,
        ],
      }),
    );
    expect(read.rows).toEqual([
      {
        line: 1,
        id: '',
        ar: 'باريس',
        vocalized: '',
        variants: ['باريز'],
        en: 'Paris',
        enVariants: [],
        type: 'place',
        note: '',
        wikipedia: '',
        inflects: false,
        contextual: false,
        ambiguous: false,
        source: '',
        contexts: [' في باريس'],
      },
    ]);
    expect(read.rowProblems).toEqual([{ line: 2, code: 'not-object' }]);
    expect(read.absent).toEqual([]);
  });
});
