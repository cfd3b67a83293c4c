import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The icon's one source, drawn on a 128-unit grid; every PNG is rendered from it at build time. */
export const ICON_SOURCE = 'assets/icon.svg';

/** The sizes Chrome's and Firefox's manifests ask for: toolbar (16, 32), extensions page (48), store (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** The manifest's `icons` and `action.default_icon`: size → path in the package. */
export const ICON_PATHS: Record<string, string> = Object.fromEntries(
  ICON_SIZES.map((size) => [String(size), `icons/${size}.png`]),
);

/** An SVG rendered to a PNG `width` pixels wide (its height follows the SVG's aspect ratio). */
export function renderPng(svg: string, width: number): Uint8Array {
  // No system fonts: the icon has no text, and loading them is most of the render time.
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

/**
 * Renders the icon at every size into `dir` and returns each file with its path in the package, as WXT's
 * build:publicAssets hook takes them.
 */
export async function renderIcons(
  root: string,
  dir: string,
): Promise<{ absoluteSrc: string; relativeDest: string }[]> {
  const svg = await readFile(join(root, ICON_SOURCE), 'utf8');
  await mkdir(dir, { recursive: true });
  return Promise.all(
    ICON_SIZES.map(async (size) => {
      const absoluteSrc = join(dir, `${size}.png`);
      await writeFile(absoluteSrc, renderPng(svg, size));
      return { absoluteSrc, relativeDest: ICON_PATHS[String(size)] as string };
    }),
  );
}
