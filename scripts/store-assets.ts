/**
 * The store listing's images, into .output/store/: the 128 px icon and the promo tiles, rendered from
 * assets/icon.svg (the listing's text is store/listing.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_SOURCE, renderPng } from './lib/icons';
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
console.log(`wrote ${OUT}/icon-128.png and ${TILES.map((tile) => tile.name).join(', ')}`);
