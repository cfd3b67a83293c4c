import { Resvg } from '@resvg/resvg-js';
import { renderPng } from './icons';

/** The tiles the Chrome Web Store asks for beside the 128 px icon: the small promo tile and the marquee. */
export const TILES = [
  { name: 'promo-440x280.png', width: 440, height: 280 },
  { name: 'marquee-1400x560.png', width: 1400, height: 560 },
] as const;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One tile: the icon on the left, "Dalil" and "دليل" beside it, and the tagline's lines under them, on the paper
 * colour of the popup. Text in DejaVu Sans, which has Arabic and ships with Debian's browsers' fonts.
 */
export function renderTile(options: {
  iconSvg: string;
  width: number;
  height: number;
  tagline: readonly string[];
}) {
  const { width, height } = options;
  const unit = height / 280;
  const iconSize = Math.round(120 * unit);
  const icon = Buffer.from(renderPng(options.iconSvg, iconSize)).toString('base64');
  const left = Math.round(40 * unit);
  const textX = left + iconSize + Math.round(28 * unit);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="${width}" height="${height}" fill="#f7f4ec"/>
  <rect y="${height - Math.round(14 * unit)}" width="${width}" height="${Math.round(14 * unit)}" fill="#f6b83c"/>
  <image x="${left}" y="${Math.round(50 * unit)}" width="${iconSize}" height="${iconSize}" href="data:image/png;base64,${icon}"/>
  <text x="${textX}" y="${Math.round(110 * unit)}" font-family="DejaVu Sans" font-weight="bold" font-size="${Math.round(52 * unit)}" fill="#0e3a3d">Dalil</text>
  <text x="${textX}" y="${Math.round(166 * unit)}" font-family="DejaVu Sans" font-size="${Math.round(44 * unit)}" fill="#0e6b70">دليل</text>
${options.tagline
  .map(
    (line, i) =>
      `  <text x="${left}" y="${Math.round((216 + 24 * i) * unit)}" font-family="DejaVu Sans" font-size="${Math.round(17 * unit)}" fill="#33393a">${escapeXml(line)}</text>`,
  )
  .join('\n')}
</svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
}
