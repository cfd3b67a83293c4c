/**
 * The store listing's images, into .output/store/: the 128 px icon and the promo tiles, rendered from
 * assets/icon.svg, and the 1280×800 screenshots of the built extension in Chromium (`npm run build` first).
 * The listing's text is store/listing.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_SOURCE, renderPng } from './lib/icons';
import { storeScreenshots } from './lib/store-screenshots';
import { renderTile, TILES } from './lib/store-tiles';

const OUT = join('.output', 'store');
const iconSvg = readFileSync(ICON_SOURCE, 'utf8');
const tagline = ['Who is who in Arabic news,', 'glossed in English. On your machine.'];

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'icon-128.png'), renderPng(iconSvg, 128));
for (const tile of TILES) {
  writeFileSync(
    join(OUT, tile.name),
    renderTile({ iconSvg, width: tile.width, height: tile.height, tagline }),
  );
}
const shots = await storeScreenshots(join('seeds', '000_3b94b23d1bbcb671.txt'));
for (const shot of shots) writeFileSync(join(OUT, shot.name), shot.png);
const names = ['icon-128.png', ...TILES.map((tile) => tile.name), ...shots.map((shot) => shot.name)];
console.log(`wrote ${names.map((name) => join(OUT, name)).join(', ')}`);
