import { describe, expect, it } from 'vitest';
import { DESCRIPTORS, nameWithin } from '../../lib/glossary/descriptors';
import { createMatcher } from '../../lib/glossary/matcher';
import { buildFromSeeds } from '../../scripts/build-glossary';

describe('DESCRIPTORS', () => {
  it.each(DESCRIPTORS.map((row) => [row.example, row.type, row.name]))(
    'finds the name in %s (%s): %s',
    (form, type, name) => {
      expect(nameWithin(form, type)).toBe(name);
    },
  );

  it.each([
    ['قطر', 'place', 'a name alone'],
    ['دولة', 'place', 'the descriptor alone'],
    ['المدينة المنورة', 'place', 'Medina: المدينة is its name, not a descriptor'],
    ['مكة الجديدة', 'place', 'an adjective that is no honorific of the table'],
    ['حزب الله', 'organisation', 'حزب is part of the name'],
    ['حركة حماس', 'place', 'حركة describes organisations only'],
  ])('finds no name in %s as a %s (%s)', (form, type) => {
    expect(nameWithin(form, type)).toBeNull();
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
    ['أن حركة حماس تستعد', [['حماس', 'Hamas']]],
    ['مقاتلي حركة طالبان', [['طالبان', 'the Taliban']]],
    ['وقعت حركة العدل والمساواة', [['العدل والمساواة', 'the Justice and Equality Movement (JEM)']]],
    [
      'بمساعدة حزب الله اللبناني',
      [
        ['حزب الله', 'Hezbollah'],
        ['اللبناني', 'Lebanese'],
      ],
    ],
  ])('highlights the name without its descriptor: %s', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['في ولاية جورجيا', 'Georgia (US state)', 'the descriptor picks the US state over the country'],
    ['في مدينة الكويت', 'Kuwait City', 'the city, not the state'],
    ['قالت صحيفة الشرق الأوسط', 'Asharq Al-Awsat', 'the paper, not the region'],
  ])('keeps a descriptor that chooses the reading: %s', (text, en) => {
    const [match] = matcher.match(text);
    expect(match === undefined ? null : entries[match.entry]?.en).toBe(en);
  });
});
