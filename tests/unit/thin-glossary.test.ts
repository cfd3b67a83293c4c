import { describe, expect, it } from 'vitest';
import { createMatcher } from '~/lib/glossary/matcher';
import { thinnedGlossary } from '~/scripts/lib/thin-glossary';
import { entry } from './entry-factory';

const TYPES = ['person', 'organisation', 'place', 'title'] as const;
const ENTRIES = TYPES.flatMap((type) =>
  Array.from({ length: 400 }, (_, i) => entry(`${type}-${i}`, `اسم${i}`, `Name ${i}`, { type })),
);

describe('thinnedGlossary (the folds scored with a glossary that knows fewer people and organisations)', () => {
  const thinned = thinnedGlossary({ entries: ENTRIES, matcher: createMatcher(ENTRIES) });
  const count = (type: string) => thinned.entries.filter((e) => e.type === type).length;

  it('keeps about half the people and three organisations in four, and every other entry', () => {
    expect(count('person') / 400).toBeGreaterThan(0.4);
    expect(count('person') / 400).toBeLessThan(0.6);
    expect(count('organisation') / 400).toBeGreaterThan(0.65);
    expect(count('organisation') / 400).toBeLessThan(0.85);
    expect(count('place')).toBe(400);
    expect(count('title')).toBe(400);
  });

  it('drops the same entries on every run, and its matcher knows only those it keeps', () => {
    const again = thinnedGlossary({ entries: ENTRIES, matcher: createMatcher(ENTRIES) });
    expect(again.entries.map((e) => e.id)).toEqual(thinned.entries.map((e) => e.id));
    const dropped = ENTRIES.find((e) => e.type === 'person' && !thinned.entries.includes(e));
    const kept = thinned.entries.find((e) => e.type === 'person');
    const ids = (text: string) => thinned.matcher.match(text).map((m) => thinned.entries[m.entry]?.id);
    expect(ids(`قال ${kept?.ar} أمس`)).toContain(kept?.id);
    expect(ids(`قال ${dropped?.ar} أمس`)).not.toContain(dropped?.id);
  });
});
