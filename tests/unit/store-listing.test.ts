import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTile, TILES } from '../../scripts/lib/store-tiles';

/** store/listing.md's text under each `## ` heading, its lines joined by spaces. */
function listingSections(): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = readFileSync('store/listing.md', 'utf8').split(/^## /m).slice(1);
  for (const part of parts) {
    const [heading = '', ...lines] = part.split('\n');
    sections.set(heading.trim(), lines.join(' ').replace(/\s+/g, ' ').trim());
  }
  return sections;
}

/** The stores' limits (Chrome Web Store: name 75, summary 132; addons.mozilla.org: name 50, summary 250). */
const LIMITS = [
  { section: 'Name', max: 50 },
  { section: 'Short description', max: 132 },
  { section: 'Long description', max: 16_000 },
];

describe('the store listing', () => {
  it.each(LIMITS)('has a $section within $max characters', ({ section, max }) => {
    const text = listingSections().get(section) ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(max);
  });

  it.each(TILES)('renders the $name tile at its size', ({ width, height }) => {
    const png = Buffer.from(
      renderTile({ iconSvg: readFileSync('assets/icon.svg', 'utf8'), width, height, tagline: ['a line'] }),
    );
    expect(png.toString('latin1', 1, 4)).toBe('PNG');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width, height });
  });
});
