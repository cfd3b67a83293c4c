import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
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

  it('makes names anew on each load: letters only, one per kind, all different', async () => {
    expect(HIGHLIGHT_NAMES).toHaveLength(PAINTED_KINDS.length);
    for (const name of HIGHLIGHT_NAMES) expect(name).toMatch(/^[a-z]{12}$/);
    expect(new Set(HIGHLIGHT_NAMES).size).toBe(HIGHLIGHT_NAMES.length);
    // The module loaded again, as in the next page: none of its names is one of this load's.
    vi.resetModules();
    const next = await import('../../lib/page/paint');
    expect(next.HIGHLIGHT_NAMES.filter((name) => HIGHLIGHT_NAMES.includes(name))).toEqual([]);
  });

  it.each([
    [HIGHLIGHT_NAMES.slice(1), 'one name short'],
    [[...HIGHLIGHT_NAMES.slice(1), 'x} body{display:none'], 'a name that would break out of the rule'],
    [[...HIGHLIGHT_NAMES.slice(1), 'dalil-person'], 'a name with a hyphen'],
  ])('refuses %j (%s)', (names) => {
    expect(highlightStyles(TEMPLATE, names)).toBeNull();
  });
});
