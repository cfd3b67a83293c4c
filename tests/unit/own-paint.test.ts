import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type OwnPainter, ownEntriesOnly, ownPaintStyles } from '../../lib/page/own-paint';
import { PAINTED_KINDS, type PaintedEntry, type Painter } from '../../lib/page/paint';

const TEMPLATE = readFileSync(new URL('../../components/highlights.css', import.meta.url), 'utf8');

/** A painter that logs each call, with what it was for. */
function loggingPainter(log: string[], name: string): Painter & OwnPainter {
  const of = (entry?: PaintedEntry) => (entry === undefined ? '' : ` ${entry.type}`);
  return {
    add: (range, entry) =>
      void log.push(`${name} add ${(range as unknown as { id: string }).id}${of(entry)}`),
    remove: (range, entry) =>
      void log.push(`${name} remove ${(range as unknown as { id: string }).id}${of(entry)}`),
    focus: (range) =>
      void log.push(`${name} focus ${(range as unknown as { id: string } | null)?.id ?? 'none'}`),
    clear: () => void log.push(`${name} clear`),
    owns: () => false,
    destroy() {},
  };
}

const range = (id: string) => ({ id }) as unknown as AbstractRange;

describe('ownPaintStyles', () => {
  it('styles a box for every kind the highlights have, with the underline as a bottom border', () => {
    const css = ownPaintStyles(TEMPLATE);
    for (const kind of PAINTED_KINDS) expect(css).toContain(`.paint > .${kind} {`);
    expect(css).not.toMatch(/::highlight|text-decoration|color: #/);
    expect(css).toContain('border-bottom: 2px solid rgb(29 78 216);');
    expect(css).toContain('border-bottom: 2px dotted rgb(15 118 110);');
    expect(css).toMatch(/\.focus \{\s*background-color: rgb\(250 204 21 \/ 0\.65\);\s*\}/);
  });

  it('reads the template as the build minifies it too', () => {
    const minified =
      '::highlight(dalil-person){background-color:#1d4ed833;text-decoration:underline rgb(29 78 216) 2px}' +
      '::highlight(dalil-term){background-color:#be185d24;text-decoration:underline dotted rgb(190 24 93) 2px}' +
      '::highlight(dalil-focus){background-color:#facc15a6;color:#000}';
    expect(ownPaintStyles(minified).split('\n')[1]).toBe(
      '.paint > .person{background-color:#1d4ed833;border-bottom: 2px solid rgb(29 78 216)}' +
        '.paint > .term{background-color:#be185d24;border-bottom: 2px dotted rgb(190 24 93)}' +
        '.paint > .focus{background-color:#facc15a6;}',
    );
  });
});

describe('ownEntriesOnly', () => {
  it('paints only the reader’s own entries, and puts the focus where the entity is painted', () => {
    const log: string[] = [];
    const painter = ownEntriesOnly(loggingPainter(log, 'registry'), loggingPainter(log, 'own'));
    const mine: PaintedEntry = { type: 'person', own: true };
    const bundled: PaintedEntry = { type: 'place' };
    painter.add(range('a'), mine);
    painter.add(range('b'), bundled);
    painter.remove(range('a'), mine);
    painter.remove(range('b'), bundled);
    painter.focus(range('a'), mine);
    painter.focus(range('b'), bundled);
    painter.focus(null);
    painter.clear();
    expect(log).toEqual([
      'own add a person',
      'own remove a person',
      'own focus a',
      'registry focus none',
      'own focus none',
      'registry focus b',
      'own focus none',
      'registry focus none',
      'own clear',
    ]);
  });
});
