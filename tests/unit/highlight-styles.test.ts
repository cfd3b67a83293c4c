import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightStyles } from '../../lib/background/highlight-styles';
import { HIGHLIGHT_NAMES, PAINTED_KINDS } from '../../lib/page/paint';

const TEMPLATE = readFileSync(new URL('../../components/highlights.css', import.meta.url), 'utf8');

describe('highlightStyles', () => {
  it("puts this page load's name in each kind's rule of the stylesheet, and no fixed name is left", () => {
    const css = highlightStyles(TEMPLATE, HIGHLIGHT_NAMES) ?? '';
    for (const [index, kind] of PAINTED_KINDS.entries()) {
      expect(TEMPLATE).toContain(`::highlight(dalil-${kind})`);
      expect(css).toContain(`::highlight(${HIGHLIGHT_NAMES[index]})`);
    }
    expect(css).not.toMatch(/::highlight\(dalil-/);
  });

  it('makes names anew on each load: letters only, one per kind, all different', () => {
    expect(HIGHLIGHT_NAMES).toHaveLength(PAINTED_KINDS.length);
    for (const name of HIGHLIGHT_NAMES) expect(name).toMatch(/^[a-z]{12}$/);
    expect(new Set(HIGHLIGHT_NAMES).size).toBe(HIGHLIGHT_NAMES.length);
  });

  it.each([
    [HIGHLIGHT_NAMES.slice(1), 'one name short'],
    [[...HIGHLIGHT_NAMES.slice(1), 'x} body{display:none'], 'a name that would break out of the rule'],
    [[...HIGHLIGHT_NAMES.slice(1), 'dalil-person'], 'a name with a hyphen'],
  ])('refuses %j (%s)', (names) => {
    expect(highlightStyles(TEMPLATE, names)).toBeNull();
  });
});
