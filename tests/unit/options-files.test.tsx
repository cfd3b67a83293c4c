// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportedFile } from '../../components/ExportPanel';
import { type Previewer, PreviewFailure } from '../../components/import-previewer';
import { App } from '../../entrypoints/options/App';
import { parseGlossary } from '../../lib/glossary/parse';
import { entry } from './entry-factory';
import {
  button,
  CAIRO,
  chooseFile,
  type FakeBackground,
  fakeDownload,
  mount,
  PARIS,
  previewHere,
  rendered,
  settle,
  unmount,
  useOptionsBackground,
} from './options-harness';

const optionsBackground = useOptionsBackground();
let background: FakeBackground;
let root: HTMLElement;
let files: ExportedFile[];
beforeEach(() => {
  background = optionsBackground();
});
afterEach(() => unmount(root));

/** The options page on its "Import, export, reset" view. */
async function open(): Promise<HTMLElement> {
  const fake = fakeDownload();
  files = fake.files;
  root = mount(<App ask={background.ask} download={fake.download} preview={previewHere} />);
  await settle(() => expect(root.querySelector('tbody tr')).not.toBeNull());
  button(root, 'Import, export, reset').click();
  await settle(() => expect(root.querySelector('.import-panel')).not.toBeNull());
  return root;
}

function preview(): Element {
  const found = root.querySelector('.import-panel .preview');
  if (found === null) throw new Error('no preview');
  return found;
}

function listed(label: string): string[] {
  return [...root.querySelectorAll(`[aria-label="${label}"] li`)].map((item) => item.textContent ?? '');
}

async function english(): Promise<string[]> {
  return (await background.ask({ type: 'entries/list' })).entries.map((value) => value.en).sort();
}

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('import', () => {
  it('previews what a file adds, changes and rejects (line and reason) before writing anything', async () => {
    await open();
    chooseFile(
      root.querySelector('input[type="file"]'),
      'newsroom.csv',
      csv(
        'arabic,english,type,id',
        'لندن,London,place,',
        'باريس,"Paris, France",place,باريس',
        'روما,Rome,city,',
        'اوباما,Obama,person,',
        'القاهرة,Cairo,place,القاهره',
      ),
    );
    await settle(() =>
      expect(preview().querySelector('.summary')?.textContent).toBe(
        '5 entries in the file: 1 to add, 1 to change, 1 unchanged, 2 rejected.',
      ),
    );
    expect(listed('Rejected rows')).toEqual([
      'Line 4: unknown type "city": use one of person, place, organisation, title, nationality, term, other',
      'Line 5: "اوباما" is the same after normalisation as "باراك أوباما" (Barack Obama), already in the glossary',
    ]);
    expect(listed('To add')).toEqual(['لندن London place']);
    expect(listed('To change')).toEqual(['باريس Paris, France place (English)']);
    // Nothing written yet.
    expect(background.sent.map((request) => request.type)).not.toContain('glossary/import');

    button(root, 'Import the 3 valid rows only').click();
    await settle(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe(
        'Imported newsroom.csv: 1 added, 1 changed, 1 unchanged.',
      ),
    );
    expect(await english()).toEqual(['Barack Obama', 'Cairo', 'London', 'NATO', 'Paris, France']);
    expect(background.changes).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.import-panel .preview')).toBeNull();
  });

  it('says "the valid row" for one, and shows how far a preview is', async () => {
    let tell: ((done: number) => void) | undefined;
    let finish: (() => void) | undefined;
    const slow: Previewer = (request, options) =>
      new Promise((resolve) => {
        tell = (done) => options.onProgress({ done, step: 'reading' });
        finish = () => void previewHere(request, options).then(resolve);
      });
    root = mount(<App ask={background.ask} download={fakeDownload().download} preview={slow} />);
    await settle(() => expect(root.querySelector('tbody tr')).not.toBeNull());
    button(root, 'Import, export, reset').click();
    await rendered();
    chooseFile(
      root.querySelector('input[type="file"]'),
      'g.csv',
      csv('arabic,english,type', 'لندن,London,place', 'روما,Rome,city'),
    );
    await settle(() => expect(tell).toBeDefined());
    tell?.(0.4);
    await settle(() =>
      expect(root.querySelector('.import-panel .progress')?.textContent).toBe(' Reading the file…'),
    );
    expect(root.querySelector<HTMLProgressElement>('.import-panel progress')?.value).toBe(0.4);
    finish?.();
    await settle(() => preview());
    expect(root.querySelector('.import-panel .progress')).toBeNull();
    expect(button(root, 'Import the valid row only').disabled).toBe(false);
  });

  it('keeps a stored note under an empty cell, unless empty cells clear fields', async () => {
    await background.ask({ type: 'glossary/get' });
    await open();
    const file = csv('arabic,english,type,note', 'باريس,"Paris, France",place,');
    chooseFile(root.querySelector('input[type="file"]'), 'g.csv', file);
    await settle(() => expect(listed('To change')).toEqual(['باريس Paris, France place (English)']));
    (root.querySelector('input[name="emptyCellsClear"]') as HTMLInputElement).click();
    await settle(() => expect(listed('To change')).toEqual(['باريس Paris, France place (English, note)']));
  });

  it('a clean file imports with one button, all of it', async () => {
    await open();
    chooseFile(
      root.querySelector('input[type="file"]'),
      'g.tsv',
      'arabic\tenglish\ttype\nلندن\tLondon\tplace\n',
    );
    await settle(() => preview());
    button(root, 'Import 1 entry').click();
    await settle(() => expect(root.querySelector('[role="status"]')?.textContent).toMatch(/1 added/));
    expect(await english()).toContain('London');
  });

  it.each<[string, string, RegExp]>([
    [
      'notes.txt',
      'Dear editor,\nplease find the list attached.\n',
      /header row must name the columns arabic, english, type/,
    ],
    ['g.json', '{"entries": 3}', /not a Dalil glossary/],
    ['g.json', '{"format": "dalil-glossary", "schemaVersion": 1, "entries": [', /not valid JSON/],
  ])('refuses %s as a whole with a clear message and nothing to import', async (name, text, message) => {
    await open();
    chooseFile(root.querySelector('input[type="file"]'), name, text);
    await settle(() => expect(preview().textContent).toMatch(message));
    expect(preview().getAttribute('role')).toBe('alert');
    expect(preview().textContent).toMatch(`Nothing can be imported from ${name}`);
    expect(root.querySelectorAll('.import-panel .buttons button')).toHaveLength(0);
  });

  it('refuses a file of 50,000 rows with the limit', { timeout: 30_000 }, async () => {
    await open();
    const rows = Array.from({ length: 50_000 }, (_, i) => `كلمة${i},word ${i},term`);
    chooseFile(root.querySelector('input[type="file"]'), 'huge.csv', csv('arabic,english,type', ...rows));
    await settle(
      () => expect(preview().textContent).toMatch(/50,000 rows; Dalil imports at most 20,000/),
      20_000,
    );
  });

  it('shows hostile content as text, warns about it, and never runs it', async () => {
    await open();
    chooseFile(
      root.querySelector('input[type="file"]'),
      'hostile.json',
      JSON.stringify({
        format: 'dalil-glossary',
        schemaVersion: 1,
        entries: [
          entry('', 'لندن', '<img src=x onerror="window.pwned=1">', {
            note: '<script>window.pwned=2</script>',
          }),
        ],
      }),
    );
    await settle(() => expect(listed('Warnings')).toHaveLength(2));
    expect(listed('Warnings')[0]).toMatch(
      /Entry 1: the English looks like HTML or script; Dalil keeps it as plain text/,
    );
    expect(listed('To add')[0]).toContain('<img src=x onerror="window.pwned=1">');
    expect(root.querySelector('img, script')).toBeNull();
    button(root, 'Import 1 entry').click();
    await settle(() => expect(root.querySelector('[role="status"]')?.textContent).toMatch(/1 added/));
    button(root, 'Glossary').click();
    await settle(() => expect(root.textContent).toContain('<img src=x onerror="window.pwned=1">'));
    expect(root.querySelector('img, script')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('replace: lists what goes and offers a backup first', async () => {
    await open();
    chooseFile(
      root.querySelector('input[type="file"]'),
      'g.csv',
      csv('arabic,english,type', 'لندن,London,place'),
    );
    await settle(() => preview());
    (root.querySelectorAll('input[name="mode"]')[1] as HTMLInputElement).click();
    await settle(() => expect(preview().querySelector('.summary')?.textContent).toMatch(/4 to remove/));
    button(root, 'Export a backup first').click();
    expect(files).toHaveLength(1);
    button(root, 'Import 1 entry and remove 4 entries').click();
    await settle(() => expect(root.querySelector('[role="status"]')?.textContent).toMatch(/4 removed/));
    expect(await english()).toEqual(['London']);
  });
});

describe('export', () => {
  it("exports everything or only the user's work, in JSON or CSV, and the file imports back unchanged", async () => {
    await background.ask({ type: 'glossary/get' });
    await background.ask({
      type: 'entry/put',
      entry: entry('', 'لندن', 'London', { note: '=HYPERLINK("http://evil.example","a, "quoted" note")' }),
    });
    await background.ask({ type: 'entry/put', entry: { ...CAIRO, en: 'Cairo, Egypt' } });
    await open();
    button(root, 'Export 5 entries').click();
    (root.querySelector('input[name="scope"]:not(:checked)') as HTMLInputElement).click();
    (root.querySelector('input[name="format"]:not(:checked)') as HTMLInputElement).click();
    await rendered();
    button(root, 'Export 2 entries').click();
    expect(files.map((file) => file.name)).toEqual([
      expect.stringMatching(/^dalil-glossary-\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/^dalil-my-entries-\d{4}-\d{2}-\d{2}\.csv$/),
    ]);
    const [all, mine] = files as [ExportedFile, ExportedFile];
    const allParsed = parseGlossary(all.text, { name: all.name });
    expect(allParsed.ok && allParsed.entries.length).toBe(5);
    const mineParsed = parseGlossary(mine.text, { name: mine.name });
    expect(mineParsed.ok && mineParsed.entries.map((value) => value.en).sort()).toEqual([
      'Cairo, Egypt',
      'London',
    ]);
    expect(all.text).not.toContain('"origin"');
    // Excel reads the Arabic only with a byte-order mark, and runs no formula written after a single quote.
    expect(mine.text.startsWith('\uFEFFarabic,')).toBe(true);
    expect(mine.text).toContain(`"'=HYPERLINK(""http://evil.example""`);
    expect(mineParsed.ok && mineParsed.entries.find((value) => value.en === 'London')?.note).toBe(
      '=HYPERLINK("http://evil.example","a, "quoted" note")',
    );

    // Back in: nothing to do.
    chooseFile(root.querySelector('input[type="file"]'), all.name, all.text);
    await settle(() =>
      expect(preview().querySelector('.summary')?.textContent).toBe(
        '5 entries in the file: 0 to add, 0 to change, 5 unchanged, 0 rejected.',
      ),
    );
    expect(button(root, 'Nothing to import').disabled).toBe(true);
  });
});

describe('reset', () => {
  it('asks first, offers a backup, then goes back to the bundled glossary', async () => {
    await background.ask({ type: 'glossary/get' });
    await background.ask({ type: 'entry/put', entry: entry('', 'لندن', 'London') });
    await background.ask({ type: 'entry/put', entry: { ...PARIS, en: 'Paris, France' } });
    await background.ask({ type: 'entry/delete', id: CAIRO.id });
    await open();
    button(root, 'Reset to the bundled glossary…').click();
    await settle(() =>
      expect(root.querySelector('[role="alertdialog"]')?.textContent).toMatch(
        /1 of your own entry and 1 edit will be lost, and the bundled entries you deleted come back/,
      ),
    );
    expect(background.sent.map((request) => request.type)).not.toContain('glossary/reset');
    button(root, 'Export a backup (JSON)').click();
    expect(files).toHaveLength(1);
    const backup = parseGlossary(files[0]?.text ?? '', { name: 'backup.json' });
    expect(backup.ok && backup.entries.map((value) => value.en).sort()).toEqual([
      'Barack Obama',
      'London',
      'NATO',
      'Paris, France',
    ]);
    await settle(() => button(root, 'Reset'));
    button(root, 'Reset').click();
    await settle(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toMatch(/bundled one again \(4 entries\)/),
    );
    expect(await english()).toEqual(['Barack Obama', 'Cairo', 'NATO', 'Paris']);

    // The backup brings the work back.
    chooseFile(root.querySelector('input[type="file"]'), 'backup.json', files[0]?.text ?? '');
    await settle(() => preview());
    await settle(() =>
      expect(preview().querySelector('.summary')?.textContent).toMatch(/1 to add, 1 to change, 2 unchanged/),
    );
    button(root, 'Import 4 entries').click();
    await settle(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toMatch(/1 added, 1 changed/),
    );
    expect(await english()).toEqual(['Barack Obama', 'Cairo', 'London', 'NATO', 'Paris, France']);
  });

  it("says in its own words that a preview stopped, the worker's English left to the console", async () => {
    const stopped: Previewer = async () => {
      throw new PreviewFailure('Uncaught RangeError: Maximum call stack size exceeded');
    };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    root = mount(<App ask={background.ask} download={fakeDownload().download} preview={stopped} />);
    await settle(() => expect(root.querySelector('tbody tr')).not.toBeNull());
    button(root, 'Import, export, reset').click();
    await settle(() => expect(root.querySelector('.import-panel')).not.toBeNull());
    chooseFile(
      root.querySelector('input[type="file"]'),
      'g.csv',
      csv('arabic,english,type', 'روما,Rome,place'),
    );
    await settle(() =>
      expect(root.querySelector('.import-panel [role="alert"]')?.textContent).toBe(
        'g.csv could not be read: the preview stopped before it was done. Nothing was imported.',
      ),
    );
    expect(errors).toHaveBeenCalledWith('Dalil: the import preview stopped', expect.any(PreviewFailure));
    expect(background.sent.map((request) => request.type)).not.toContain('glossary/import');
  });

  it('Cancel leaves everything as it was', async () => {
    await open();
    button(root, 'Reset to the bundled glossary…').click();
    await settle(() => button(root, 'Cancel'));
    button(root, 'Cancel').click();
    await settle(() => expect(root.querySelector('[role="alertdialog"]')).toBeNull());
    expect(background.sent.map((request) => request.type)).not.toContain('glossary/reset');
  });
});
