import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reproducibleZip, ZIP_DATE } from '../../scripts/lib/reproducible-zip';

/** A zip as WXT writes one: the files in the given order, each dated `date`, with folder entries. */
function zipOf(files: readonly [string, string][], date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of files) zip.file(name, content, { date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const FILES: [string, string][] = [
  ['manifest.json', '{"manifest_version":3}'],
  ['chunks/popup.js', 'export{}'],
  ['background.js', 'console.log(1)'],
];

describe('reproducibleZip', () => {
  it('gives the same bytes for the same files zipped at other times and in another order', async () => {
    const first = await zipOf(FILES, new Date('2026-12-01T10:00:00Z'));
    const second = await zipOf([...FILES].reverse(), new Date('2027-03-04T05:06:08Z'));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    expect(Buffer.from(await reproducibleZip(first))).toEqual(Buffer.from(await reproducibleZip(second)));
  });

  it('keeps every file and its content, in path order, dated 1980-01-01, without folder entries', async () => {
    const out = await JSZip.loadAsync(await reproducibleZip(await zipOf(FILES, new Date())));
    const entries = Object.values(out.files);
    expect(entries.map((entry) => entry.name)).toEqual(['background.js', 'chunks/popup.js', 'manifest.json']);
    expect(entries.every((entry) => entry.date.getTime() === ZIP_DATE.getTime())).toBe(true);
    for (const [name, content] of FILES) expect(await out.file(name)?.async('string')).toBe(content);
  });
});
