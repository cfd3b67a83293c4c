/**
 * The store packages `npm run zip` writes (.output/dalil-<version>-chrome.zip, -firefox.zip and the sources
 * archive Firefox's review asks for), unpacked: each extension package holds what its manifest names, the
 * icons at their sizes, the scripts, the bundled glossary, LICENSE and NOTICE, and nothing of tests/, seeds/ or node_modules;
 * the sources hold what a reviewer needs to rebuild and no tests or build output; every archive is in its
 * reproducible form.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { reproducibleZip, ZIP_DATE } from '../../scripts/lib/reproducible-zip';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const zipPath = (kind: string) => join('.output', `dalil-${VERSION}-${kind}.zip`);

interface Package {
  bytes: Buffer;
  zip: JSZip;
  names: string[];
}

async function open(kind: string): Promise<Package> {
  const path = zipPath(kind);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run zip first`);
  const bytes = readFileSync(path);
  const zip = await JSZip.loadAsync(bytes);
  return { bytes, zip, names: Object.keys(zip.files) };
}

async function text(pkg: Package, name: string): Promise<string> {
  const file = pkg.zip.file(name);
  if (file === null) throw new Error(`${name} is not in the package`);
  return file.async('string');
}

async function bytes(pkg: Package, name: string): Promise<Buffer> {
  const file = pkg.zip.file(name);
  if (file === null) throw new Error(`${name} is not in the package`);
  return file.async('nodebuffer');
}

/** A PNG's width and height from its IHDR chunk; null when the bytes are not a PNG. */
function pngSize(png: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file the manifest points at: scripts, styles, pages, icons and web-accessible resources. */
function manifestFiles(manifest: Record<string, unknown>): string[] {
  const m = manifest as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[]; css?: string[] }[];
    action?: { default_popup?: string; default_icon?: Record<string, string> };
    options_ui?: { page?: string };
    icons?: Record<string, string>;
    web_accessible_resources?: { resources: string[] }[];
  };
  return [
    ...(m.background?.service_worker ? [m.background.service_worker] : []),
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
    ...(m.action?.default_popup ? [m.action.default_popup] : []),
    ...Object.values(m.action?.default_icon ?? {}),
    ...(m.options_ui?.page ? [m.options_ui.page] : []),
    ...Object.values(m.icons ?? {}),
    ...(m.web_accessible_resources ?? []).flatMap((entry) => entry.resources),
  ].map((path) => path.replace(/^\//, ''));
}

/** The hashes of every file under tests/ and seeds/: none of them may turn up in a package. */
let sourceHashes = new Map<string, string>();
let glossaryVersion = '';
beforeAll(() => {
  sourceHashes = new Map(
    [...filesUnder('tests'), ...filesUnder('seeds')].map((path) => [sha256(readFileSync(path)), path]),
  );
  glossaryVersion = (JSON.parse(readFileSync('assets/glossary.json', 'utf8')) as { glossaryVersion: string })
    .glossaryVersion;
});

describe.each(['chrome', 'firefox'])('the %s package', (kind) => {
  it('holds every file its manifest names, the page scripts and the bundled glossary', async () => {
    const pkg = await open(kind);
    const manifest = JSON.parse(await text(pkg, 'manifest.json')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(VERSION);
    const named = manifestFiles(manifest);
    expect(named).toEqual(expect.arrayContaining(['page-boot.js', 'page-reader.js', 'popup.html']));
    expect(named.filter((path) => !pkg.names.includes(path))).toEqual([]);
    for (const script of ['page-card.js', 'page-names.js', 'page-wake.js']) {
      expect(pkg.names).toContain(script);
    }
    // Chrome's service worker, Firefox's background script: the same file, which bundles the glossary.
    const { background } = manifest as { background?: { service_worker?: string; scripts?: string[] } };
    const code = await text(pkg, background?.service_worker ?? background?.scripts?.[0] ?? '');
    expect(code).toContain('dalil-glossary');
    expect(code).toContain(glossaryVersion);
    // The icons, rendered from assets/icon.svg at build time: PNGs of the size the manifest says.
    const icons = manifest.icons as Record<string, string>;
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
    expect((manifest.action as { default_icon?: unknown }).default_icon).toEqual(icons);
    for (const [size, path] of Object.entries(icons)) {
      expect(pngSize(await bytes(pkg, path)), path).toEqual({ width: Number(size), height: Number(size) });
    }
    // The licence and the credits the options page's About links to, as the repository has them.
    expect(await text(pkg, 'LICENSE.txt')).toBe(readFileSync('LICENSE', 'utf8'));
    expect(await text(pkg, 'NOTICE.txt')).toBe(readFileSync('NOTICE', 'utf8'));
    if (kind === 'firefox') {
      expect(manifest).toMatchObject({ browser_specific_settings: { gecko: { id: expect.any(String) } } });
    } else {
      expect(manifest).not.toHaveProperty('browser_specific_settings');
    }
  });

  it('holds nothing from tests/, seeds/, node_modules or the sources', async () => {
    const pkg = await open(kind);
    expect(pkg.names.filter((name) => /^(tests|seeds|node_modules|lib|scripts)\//.test(name))).toEqual([]);
    expect(pkg.names.filter((name) => /node_modules|\.(ts|tsx|map)$/.test(name))).toEqual([]);
    const copied: string[] = [];
    for (const name of pkg.names) {
      const file = pkg.zip.file(name);
      if (file === null) continue;
      const source = sourceHashes.get(sha256(await file.async('uint8array')));
      if (source !== undefined) copied.push(`${name} = ${source}`);
    }
    expect(copied).toEqual([]);
  });

  it("quotes no six words running of the seed article, a publisher's text kept for tests and the demo", async () => {
    const pkg = await open(kind);
    const shipped: string[] = [];
    for (const name of pkg.names.filter((file) => /\.(js|json|html|css|txt)$/.test(file)))
      shipped.push(await text(pkg, name));
    const all = shipped.join('\n');
    const article = readFileSync(join('seeds', '000_3b94b23d1bbcb671.txt'), 'utf8');
    const words = article.split(/\s+/).filter((word) => /\p{Script=Arabic}/u.test(word));
    const quoted = new Set<string>();
    for (let i = 0; i + 6 <= words.length; i++) {
      const run = words.slice(i, i + 6).join(' ');
      if (all.includes(run)) quoted.add(run);
    }
    expect([...quoted]).toEqual([]);
  });
});

describe('the sources archive', () => {
  it('holds what `npm ci && npm run build:firefox` needs, without tests, build output or generated data', async () => {
    const pkg = await open('sources');
    expect(pkg.names).toEqual(
      expect.arrayContaining([
        'package.json',
        'package-lock.json',
        'wxt.config.ts',
        'tsconfig.json',
        'README.md',
        'entrypoints/background.ts',
        'scripts/build-glossary.ts',
        'seeds/entries.tsv',
        'seeds/examples.txt',
      ]),
    );
    // The data the name models are trained on travels with its licence and provenance.
    expect(pkg.names.filter((name) => name.startsWith('seeds/ner/anercorp/'))).toEqual(
      expect.arrayContaining(['seeds/ner/anercorp/LICENSE.txt', 'seeds/ner/anercorp/PROVENANCE.txt']),
    );
    const leaked = pkg.names.filter((name) =>
      /^(tests|node_modules|\.output|\.wxt|demo-output)\/|^assets\/(glossary|name-model|spelling-model)\.json$|^seeds\/000_3b94b23d1bbcb671\.txt$/.test(
        name,
      ),
    );
    expect(leaked).toEqual([]);
  });
});

describe.each(['chrome', 'firefox', 'sources'])('the %s archive', (kind) => {
  it('is in its reproducible form: files only, in path order, dated 1980-01-01', async () => {
    const pkg = await open(kind);
    const entries = Object.values(pkg.zip.files);
    expect(entries.filter((entry) => entry.dir)).toEqual([]);
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(entries.filter((entry) => entry.date.getTime() !== ZIP_DATE.getTime())).toEqual([]);
    expect(Buffer.from(await reproducibleZip(pkg.bytes)).equals(pkg.bytes)).toBe(true);
    // Zipping a package of several megabytes again takes seconds on a loaded 2-core machine.
  }, 60_000);
});
