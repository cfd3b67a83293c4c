import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/glossary/matcher';
import { nameWithin, PLACE_DESCRIPTORS } from '../../lib/glossary/place-descriptors';
import { buildFromSeeds } from '../../scripts/build-glossary';

describe('PLACE_DESCRIPTORS', () => {
  it.each(PLACE_DESCRIPTORS.map((row) => [row.example, row.name]))(
    'finds the name in %s: %s',
    (form, name) => {
      expect(nameWithin(form)).toBe(name);
    },
  );

  it.each([
    ['قطر', 'a name alone'],
    ['دولة', 'the descriptor alone'],
    ['المدينة المنورة', 'Medina: المدينة is its name, not a descriptor'],
    ['مكة الجديدة', 'an adjective that is no honorific of the table'],
  ])('finds no name in %s (%s)', (form) => {
    expect(nameWithin(form)).toBeNull();
  });
});

describe('the bundled glossary with the descriptors', () => {
  const built = buildFromSeeds();
  const entries = built.ok ? built.glossary.entries : [];
  const matcher = createMatcher(entries);
  const marked = (text: string) =>
    matcher.match(text).map((match) => [text.slice(match.start, match.end), entries[match.entry]?.en]);

  it.each([
    ['اندلعت اشتباكات في إقليم دارفور', [['دارفور', 'Darfur']]],
    ['وصل إلى مكة المكرمة', [['مكة', 'Mecca']]],
    ['أعلنت دولة قطر', [['قطر', 'Qatar']]],
  ])('highlights the name without its descriptor: %s', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['في ولاية جورجيا', 'Georgia (US state)', 'the descriptor picks the US state over the country'],
    ['في مدينة الكويت', 'Kuwait City', 'the city, not the state'],
  ])('keeps a descriptor that chooses the reading: %s', (text, en) => {
    const [match] = matcher.match(text);
    expect(match === undefined ? null : entries[match.entry]?.en).toBe(en);
  });
});
