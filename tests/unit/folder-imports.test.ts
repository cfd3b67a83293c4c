/**
 * The folders of lib/ are layers: a folder never imports a folder that imports it back (directly or through
 * others), and nothing in lib/ imports the UI (components/) or the entry points, which are built on lib/.
 * The imports are read as the TypeScript compiler lists them (static, type-only, re-exports and dynamic).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The files of lib/ directly under it (messages.ts and the like) are one group, each folder another. */
const LIB_FILES = 'lib/*.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The repository path an import names (a folder's is its index), or null for a package (idb, preact…). */
function importedPath(file: string, specifier: string): string | null {
  const written = specifier.replace(/\?.*$/, '');
  if (!written.startsWith('~/') && !written.startsWith('.')) return null;
  const path = written.startsWith('~/')
    ? written.slice(2)
    : relative(ROOT, resolve(ROOT, dirname(file), written));
  const isFolder = existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isDirectory();
  return isFolder ? `${path}/index` : path;
}

/** The group a repository path belongs to: a folder of lib/, lib/*.ts, or the top folder outside lib/. */
function groupOf(path: string): string {
  const [top, second, third] = path.split('/');
  if (top !== 'lib') return top ?? path;
  return third === undefined ? LIB_FILES : `lib/${second}`;
}

interface Import {
  file: string;
  path: string;
  target: string;
}

function importsOf(file: string): Import[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    const path = importedPath(file, fileName);
    return path === null ? [] : [{ file, path, target: groupOf(path) }];
  });
}

const IMPORTS = sourceFiles('lib').flatMap(importsOf);

/** Each import from one group into another, keyed "from → to". */
function byEdge(imports: readonly Import[]): Map<string, Import[]> {
  const edges = new Map<string, Import[]>();
  for (const item of imports) {
    const from = groupOf(item.file);
    if (from === item.target) continue;
    const key = `${from} → ${item.target}`;
    edges.set(key, [...(edges.get(key) ?? []), item]);
  }
  return edges;
}

const describeImport = (item: Import) => `${item.file} → ${item.path}`;

/** The imports of two groups that import each other, as "file → path". */
function mutualImports(imports: readonly Import[]): string[] {
  const edges = byEdge(imports);
  return [...edges].flatMap(([, items]) => {
    const [first] = items;
    if (first === undefined) return [];
    return edges.has(`${first.target} → ${groupOf(first.file)}`) ? items.map(describeImport) : [];
  });
}

/** Group imports that close a longer cycle (lib/a → lib/b → lib/c → lib/a), as "from → to". */
function longerCycles(imports: readonly Import[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const key of byEdge(imports).keys()) {
    const [from = '', to = ''] = key.split(' → ');
    next.set(from, (next.get(from) ?? new Set()).add(to));
  }
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    for (const group of seen) {
      if (group === to) return true;
      for (const other of next.get(group) ?? []) seen.add(other);
    }
    return false;
  };
  return [...byEdge(imports).keys()].filter((key) => {
    const [from = '', to = ''] = key.split(' → ');
    return reaches(to, from);
  });
}

describe('the folders of lib/', () => {
  it('import no folder that imports them back', () => {
    expect(mutualImports(IMPORTS)).toEqual([]);
  });

  it('import no folder that imports them back through others', () => {
    expect(longerCycles(IMPORTS)).toEqual([]);
  });

  it('import nothing from components/ or entrypoints/', () => {
    const outward = IMPORTS.filter((item) => item.target === 'components' || item.target === 'entrypoints');
    expect(outward.map(describeImport)).toEqual([]);
  });

  it('are told apart as this test means (a cycle and an import of the UI are found)', () => {
    const made = (file: string, path: string): Import => ({ file, path, target: groupOf(path) });
    const imports = [
      made('lib/glossary/a.ts', 'lib/store/b.ts'),
      made('lib/store/b.ts', 'lib/messages.ts'),
      made('lib/messages.ts', 'lib/glossary/c.ts'),
      made('lib/arabic/d.ts', 'lib/arabic/e.ts'),
      made('lib/names/f.ts', 'lib/arabic/d.ts'),
    ];
    expect(mutualImports(imports)).toEqual([]);
    expect(longerCycles(imports)).toEqual([
      'lib/glossary → lib/store',
      'lib/store → lib/*.ts',
      'lib/*.ts → lib/glossary',
    ]);
    expect(mutualImports([...imports, made('lib/arabic/e.ts', 'lib/names/g.ts')])).toEqual([
      'lib/names/f.ts → lib/arabic/d.ts',
      'lib/arabic/e.ts → lib/names/g.ts',
    ]);
    expect(importedPath('lib/page/card-host.ts', '../../components/card.css?inline')).toBe(
      'components/card.css',
    );
    expect(groupOf(importedPath('lib/page/x.ts', '~/entrypoints/page-card') ?? '')).toBe('entrypoints');
  });
});
