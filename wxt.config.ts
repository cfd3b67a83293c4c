import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { type Plugin, type PluginOption, transformWithEsbuild } from 'vite';
import { defineConfig } from 'wxt';
import { ICON_PATHS, renderIcons } from './scripts/lib/icons';
import { makeZipReproducible } from './scripts/lib/reproducible-zip';

/** Every page Dalil may read: the boot script's matches, and the host access that waking a tab needs. */
const PAGES = ['http://*/*', 'https://*/*'];
/** Entries imported as ES modules by the boot script and the reader (lib/page/load-entry.ts). */
const MODULE_ENTRIES = [
  'page-reader',
  'page-highlight',
  'page-card',
  'page-words-en',
  'page-words-ar',
  'page-names',
  'page-article',
];
/** The Firefox add-on's id: it names the add-on on addons.mozilla.org, so it never changes. */
export const GECKO_ID = 'dalil@arabic-news-guide';

/**
 * What Firefox's manifest has that Chrome's has not. 140 is the first release with the CSS Custom Highlight
 * API (https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API), which Dalil paints with, and
 * with `data_collection_permissions` (https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/):
 * Dalil collects nothing, which "none" declares.
 */
const GECKO_SETTINGS = {
  gecko: {
    id: GECKO_ID,
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  // Firefox for Android reads data_collection_permissions from 142 on; web-ext lint warns without this.
  gecko_android: { strict_min_version: '142.0' },
};

/** Drops WXT's footer plugin, which makes an IIFE's value the script's result; an ES module has exports. */
function withoutIifeFooter(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).filter(
    (plugin) =>
      !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'wxt:iife-footer'),
  );
}

/** The manifest's one content script (entrypoints/page-boot.ts), which runs on every page. */
const BOOT_ENTRY = 'page-boot';

/**
 * Runs the boot script's main as it stands, instead of through WXT's unlisted-script wrapper (an async
 * function with a logger that catches a crash on startup): on a page the title rules out, everything the
 * script is made of is compiled and run for nothing but the title check, and the wrapper was a third of it
 * (`non_arabic_page_ms` in `npm run bench`). The boot's main catches its own errors and returns nothing.
 */
const bootWithoutWrapper: Plugin = {
  name: 'dalil:boot-without-wrapper',
  enforce: 'pre',
  // WXT's virtual entry for an unlisted script: "\0virtual:wxt-unlisted-script-entrypoint?<input path>".
  load(id) {
    const match = /^\0virtual:wxt-unlisted-script-entrypoint\?(.+)$/.exec(id);
    if (match === null) return null;
    // The boot's named main, not the default export's: the bundle then drops defineUnlistedScript's call.
    return `import { main } from ${JSON.stringify(match[1])};\nmain();\n`;
  },
};

/**
 * Minifies the ES modules fully: Vite leaves whitespace in library-mode ES output (to keep pure annotations
 * for the library's users), but the page reader has no users downstream, only pages that load it.
 */
const minifyEsModules: Plugin = {
  name: 'dalil:minify-es-modules',
  // After every renderChunk hook, Vite's own minifier (the one that keeps whitespace) included.
  async generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      const options = { minify: true, format: 'esm', loader: 'js', charset: 'utf8' } as const;
      file.code = (await transformWithEsbuild(file.code, file.fileName, options)).code;
    }
  },
};

/**
 * The message catalogues as the pages and the card import them (lib/i18n/translate.ts): the messages alone.
 * Their descriptions and placeholder declarations are for translators, the browser and the catalogue tests;
 * without them each language's words (page-words-<lang>.js, loaded beside the card) take about 40% fewer bytes.
 */
const catalogueMessagesOnly: Plugin = {
  name: 'dalil:catalogue-messages-only',
  enforce: 'pre',
  load(id) {
    if (!/[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id)) return null;
    const catalogue = JSON.parse(readFileSync(id, 'utf8')) as Record<string, { message: string }>;
    const messages = Object.entries(catalogue).map(([key, { message }]) => [key, { message }]);
    return JSON.stringify(Object.fromEntries(messages));
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  manifest: {
    // From the message catalogue (public/_locales), in the browser's language: the browser reads these itself.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting` and host access on the same pages the content script already runs on (so Chrome's install
    // warning is unchanged): to start the page reader where the boot script stopped, when the popup or the
    // keyboard command asks for it, and on sites set to "always". IndexedDB needs no permission, and
    // tabs.query/sendMessage work without `tabs`. `contextMenus` for "Add to Dalil…" on a text selection.
    permissions: ['scripting', 'contextMenus'],
    host_permissions: PAGES,
    commands: {
      'toggle-page': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandToggle__',
      },
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    // Firefox's review rebuilds the add-on from these (npm ci && npm run build:firefox): the sources and the
    // seeds the glossary and the name models are built from, without the tests or what the build writes.
    excludeSources: [
      'tests/**',
      'demo-output/**',
      'assets/glossary.json',
      'assets/name-model.json',
      'assets/spelling-model.json',
      // A publisher's report, for the tests and the demo: the build reads none of it (its examples are Dalil's).
      'seeds/000_3b94b23d1bbcb671.txt',
    ],
  },
  hooks: {
    'zip:done': async (_wxt, zipFiles) => {
      for (const file of zipFiles) await makeZipReproducible(file);
    },
    'build:publicAssets': async (wxt, files) => {
      files.push(...(await renderIcons(wxt.config.root, join(wxt.config.wxtDir, 'icons'))));
      // As .txt, so that a browser shows them as text when the options page's About links to them.
      for (const name of ['LICENSE', 'NOTICE']) {
        files.push({ absoluteSrc: join(wxt.config.root, name), relativeDest: `${name}.txt` });
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      manifest.icons = ICON_PATHS;
      manifest.action = { ...manifest.action, default_icon: ICON_PATHS };
      if (wxt.config.browser === 'firefox') {
        Object.assign(manifest, { browser_specific_settings: GECKO_SETTINGS });
        // Firefox puts a new add-on's button in its extensions menu unless the action asks for the toolbar;
        // the popup is how a reader sees the page's entities, so Dalil asks (Chrome has no such key).
        Object.assign(manifest.action ?? {}, { default_area: 'navbar' });
      }
      // The boot script is an unlisted script registered by hand: WXT's content-script wrapper reads the
      // extension API on load, which alone costs about a millisecond on every page.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: PAGES,
          js: ['page-boot.js'],
          all_frames: true,
          run_at: 'document_idle',
        },
      ];
      // Only through the per-session dynamic URL: a page cannot fetch these to learn Dalil is installed.
      if (manifest.web_accessible_resources?.length) throw new Error('wxt.config.ts: unexpected resources');
      manifest.web_accessible_resources = [
        { resources: MODULE_ENTRIES.map((name) => `${name}.js`), matches: PAGES, use_dynamic_url: true },
      ];
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      // The page reader and the card are imported as ES modules (lib/page/load-entry.ts), each one file.
      const name = entrypoints.length === 1 ? entrypoints[0]?.name : undefined;
      if (name === BOOT_ENTRY) {
        // Its main's result is no one's: without the wrapper there is no value for the footer to name.
        config.plugins = [bootWithoutWrapper, ...withoutIifeFooter(config.plugins)];
        return;
      }
      if (name === undefined || !MODULE_ENTRIES.includes(name)) return;
      const lib = config.build?.lib;
      if (!lib) throw new Error(`wxt.config.ts: expected WXT to build ${name} in library mode`);
      lib.formats = ['es'];
      config.plugins = [...withoutIifeFooter(config.plugins), minifyEsModules];
    },
  },
  vite: () => ({
    plugins: [preact(), catalogueMessagesOnly],
    // JSON imports (the bundled glossary, the name models) as JSON.parse of a string, which engines parse
    // several times faster than the same data as an object literal.
    json: { stringify: true },
  }),
});
