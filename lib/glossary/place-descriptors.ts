/**
 * Words news writes around a place's name that are not part of it: a descriptor before it (دولة قطر "the
 * State of Qatar", إقليم دارفور "the Darfur region") and an honorific after it (مكة المكرمة "Mecca the
 * Honoured"). The place is the name alone, as ANERcorp tags it (في إقليم [دارفور]), so a glossary form made of
 * one of these and another form of the same place is left out of the bundled glossary (build.ts) and the
 * name alone is highlighted. A form where the descriptor chooses between readings stays (ولاية جورجيا, the
 * US state and not the country; مدينة الكويت, the city and not the state).
 */
export const PLACE_DESCRIPTORS: ReadonlyArray<{
  /** The word (or words) as written. */
  words: string;
  position: 'before' | 'after';
  /** A form of a place with it, and the place's name alone. */
  example: string;
  name: string;
}> = [
  { words: 'دولة', position: 'before', example: 'دولة قطر', name: 'قطر' },
  { words: 'إقليم', position: 'before', example: 'إقليم دارفور', name: 'دارفور' },
  { words: 'ولاية', position: 'before', example: 'ولاية فلوريدا', name: 'فلوريدا' },
  { words: 'محافظة', position: 'before', example: 'محافظة الأنبار', name: 'الأنبار' },
  { words: 'مدينة', position: 'before', example: 'مدينة غزة', name: 'غزة' },
  { words: 'شبه جزيرة', position: 'before', example: 'شبه جزيرة سيناء', name: 'سيناء' },
  { words: 'المكرمة', position: 'after', example: 'مكة المكرمة', name: 'مكة' },
  { words: 'الشريف', position: 'after', example: 'القدس الشريف', name: 'القدس' },
];

/** The name inside a form made of a descriptor and a name (دولة قطر → قطر), or null. */
export function nameWithin(form: string): string | null {
  const words = form.split(/\s+/).filter((word) => word !== '');
  for (const row of PLACE_DESCRIPTORS) {
    const descriptor = row.words.split(' ');
    if (words.length <= descriptor.length) continue;
    const before = row.position === 'before';
    const edge = before ? words.slice(0, descriptor.length) : words.slice(-descriptor.length);
    if (edge.join(' ') !== row.words) continue;
    return (before ? words.slice(descriptor.length) : words.slice(0, -descriptor.length)).join(' ');
  }
  return null;
}
