import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownPaintStyles } from '../../lib/page/own-paint';
import { PAINTED_KINDS } from '../../lib/page/paint';

const TEMPLATE = readFileSync(new URL('../../components/highlights.css', import.meta.url), 'utf8');

describe('ownPaintStyles', () => {
  it('styles a box for every kind the highlights have, with the underline as a bottom border', () => {
    const css = ownPaintStyles(TEMPLATE);
    for (const kind of [...PAINTED_KINDS, 'covered']) expect(css).toContain(`.paint > .${kind} {`);
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
    expect(ownPaintStyles(minified).split('\n')[2]).toBe(
      '.paint > .person{background-color:#1d4ed833;border-bottom: 2px solid rgb(29 78 216)}' +
        '.paint > .term{background-color:#be185d24;border-bottom: 2px dotted rgb(190 24 93)}' +
        '.paint > .focus{background-color:#facc15a6;}',
    );
  });
});
