import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/**
 * Every entry's date in a package: the earliest a zip can hold (1980-01-01, DOS time), as Debian's
 * strip-nondeterminism does. WXT's zip stamps each entry with the time it was zipped and adds files in the
 * order the directory walk met them, so the same build gave a different archive each time.
 */
export const ZIP_DATE = new Date(Date.UTC(1980, 0, 1));

/**
 * The same files as `zip`, rewritten so that equal contents give equal bytes: files only (no folder
 * entries), in code-point order of their paths, each with ZIP_DATE, deflated at the highest level.
 */
export async function reproducibleZip(zip: Uint8Array): Promise<Uint8Array> {
  const archive = await JSZip.loadAsync(zip);
  const files = Object.values(archive.files)
    .filter((file) => !file.dir)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out = new JSZip();
  for (const file of files) {
    out.file(file.name, await file.async('uint8array'), { date: ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** Rewrites the zip at `path` in place (see reproducibleZip). */
export async function makeZipReproducible(path: string): Promise<void> {
  await writeFile(path, await reproducibleZip(await readFile(path)));
}
