/**
 * What the page reader and the gloss card are made of, for `npm run bench -- --sizes`: entrypoints/
 * page-reader.ts and page-card.ts bundled and minified by esbuild (which Vite uses to minify the real
 * build), with WXT's auto-imported `defineUnlistedScript` and `browser` replaced by stand-ins. Each
 * module's share is the bytes it leaves in the minified output, so the list says where a smaller reader
 * would come from. WXT's own wrapper around `main` is not in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from './bench-inputs';

export interface ModuleShare {
  module: string;
  bytes: number;
}

/** `?inline` CSS as a string, and plain CSS imports as nothing (the manifest ships those). */
const cssPlugin: Plugin = {
  name: 'css',
  setup(builder) {
    builder.onResolve({ filter: /\.css(\?inline)?$/ }, (args) => ({
      // `~/` is the project's root, as WXT's alias (and the tsconfig paths esbuild reads for scripts) has it.
      path: args.path.startsWith('~/')
        ? join(PROJECT_ROOT, args.path.slice(2).replace(/\?inline$/, ''))
        : join(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: args.path.endsWith('?inline') ? 'css-inline' : 'css-empty',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'css-inline' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'css-empty' }, () => ({ contents: '', loader: 'js' }));
  },
};

/**
 * JSON as one export per top-level key, so that only the keys imported by name are kept (as Vite's JSON
 * plugin does: `import { ar } from 'stopwords-iso/stopwords-iso.json'` ships the Arabic list alone).
 */
const jsonPlugin: Plugin = {
  name: 'json-named-exports',
  setup(builder) {
    builder.onLoad({ filter: /\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8')) as Record<string, unknown>;
      const lines = Object.entries(data)
        .filter(([key]) => /^[A-Za-z_$][\w$]*$/.test(key))
        .map(([key, value]) => `export const ${key} = ${JSON.stringify(value)};`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

const WXT_STANDINS = `
export const defineUnlistedScript = (definition) => definition;
export const browser = globalThis.chrome;
`;

/** One entry's modules by their bytes in its minified bundle, largest first. */
async function moduleShares(entry: string): Promise<ModuleShare[]> {
  const result = await build({
    entryPoints: [join(PROJECT_ROOT, 'entrypoints', entry)],
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'chrome120',
    charset: 'utf8',
    write: false,
    metafile: true,
    plugins: [
      cssPlugin,
      jsonPlugin,
      {
        name: 'wxt-standins',
        setup(builder) {
          builder.onResolve({ filter: /^wxt-standins$/ }, () => ({ path: 'wxt-standins', namespace: 'wxt' }));
          builder.onLoad({ filter: /.*/, namespace: 'wxt' }, () => ({
            contents: WXT_STANDINS,
            loader: 'js',
          }));
        },
      },
    ],
    inject: ['wxt-standins'],
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  if (output === undefined) throw new Error(`esbuild produced no output for ${entry}`);
  return Object.entries(output.inputs)
    .map(([module, input]) => ({ module, bytes: input.bytesInOutput }))
    .filter((share) => share.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * What the page reader (loaded up front), its highlighting (loaded on pages it highlights) and the gloss
 * card (loaded on the first hover) are made of.
 */
export async function readerShares(): Promise<{
  upFront: ModuleShare[];
  highlight: ModuleShare[];
  onDemand: ModuleShare[];
}> {
  return {
    upFront: await moduleShares('page-reader.ts'),
    highlight: await moduleShares('page-highlight.ts'),
    onDemand: await moduleShares('page-card.ts'),
  };
}
