import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const NOTICE = readFileSync('NOTICE', 'utf8');

/** How a licence file names the licence NOTICE gives by its short name (identity where not listed). */
const NAMED_IN_FILE: Record<string, string> = {
  'CC0 1.0': 'CC0 1.0 Universal',
  'Apache-2.0': 'Apache License',
};

/** Every folder of seeds/ whose data came from elsewhere: it keeps a PROVENANCE.txt beside its licence. */
function dataFolders(): string[] {
  return readdirSync('seeds', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('PROVENANCE.txt'))
    .map((path) => join('seeds', dirname(path)))
    .sort();
}

/** The packages the extension's code imports at run time, with the licence each declares. */
function runtimePackages(): { name: string; license: string }[] {
  const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies: Record<string, string>;
  };
  // stopwords-iso is a dev dependency read at build time, but its Arabic list is bundled (lib/arabic/stopwords.ts).
  return [...Object.keys(dependencies), 'stopwords-iso'].map((name) => ({
    name,
    license: (
      JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { license: string }
    ).license,
  }));
}

describe('NOTICE', () => {
  it('names every data source in seeds/ with the licence its folder keeps', () => {
    const folders = dataFolders();
    expect(folders.length).toBeGreaterThanOrEqual(5);
    for (const folder of folders) {
      const line = NOTICE.split('\n').find((text) => text.includes(`(${folder})`));
      expect(line, folder).toBeDefined();
      const licence = line?.split(' — ')[1]?.trim() ?? '';
      const licenceFile = readdirSync(folder).find((name) => /^LICEN[CS]E/.test(name));
      expect(licenceFile, folder).toBeDefined();
      const text = readFileSync(join(folder, licenceFile as string), 'utf8');
      expect(text, folder).toContain(NAMED_IN_FILE[licence] ?? licence);
    }
  });

  it('names the model trained on ANERcorp as CC BY-SA 4.0', () => {
    expect(NOTICE).toMatch(/name model \(assets\/name-model\.json[^)]*\) — CC BY-SA 4\.0/);
  });

  it('credits every package bundled into the extension, with its licence', () => {
    for (const { name, license } of runtimePackages()) {
      expect(NOTICE, name).toContain(`(${name}) — ${license}`);
    }
  });
});
