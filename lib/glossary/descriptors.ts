/**
 * Words news writes around a name that are not part of it: a descriptor before it (دولة قطر "the State of
 * Qatar", إقليم دارفور "the Darfur region", حركة حماس "the Hamas movement", صحيفة الغارديان "the Guardian
 * newspaper", وكالة رويترز "the Reuters agency", نادي الظفرة "Al Dhafra club") and an honorific after it
 * (مكة المكرمة "Mecca the Honoured"). The entity is the name alone, as ANERcorp tags it (في إقليم [دارفور]،
 * حركة [حماس]، وكالة [رويترز]), so a glossary form made of one of these and another form of the same entry is
 * left out of the bundled glossary (build.ts) and the name alone is highlighted; so is an organisation's form
 * that is another of its forms and a nationality (حزب الله اللبناني: the nationality is an entity of its
 * own), but not a place's (الولايات المتحدة الأمريكية is the country's name). A form where the descriptor chooses between readings stays (ولاية جورجيا, the US state
 * and not the country; مدينة الكويت, the city and not the state; صحيفة الشرق الأوسط, the paper and not the
 * region). حزب and منظمة are not in the table: they are part of the name (حزب الله، منظمة التحرير).
 */
export const DESCRIPTORS: ReadonlyArray<{
  /** The word (or words) as written. */
  words: string;
  position: 'before' | 'after';
  /** The type of the entries it describes. */
  type: 'place' | 'organisation';
  /** A form of an entry with it, and the entry's name alone. */
  example: string;
  name: string;
}> = [
  { words: 'دولة', position: 'before', type: 'place', example: 'دولة قطر', name: 'قطر' },
  { words: 'إقليم', position: 'before', type: 'place', example: 'إقليم دارفور', name: 'دارفور' },
  { words: 'ولاية', position: 'before', type: 'place', example: 'ولاية فلوريدا', name: 'فلوريدا' },
  { words: 'محافظة', position: 'before', type: 'place', example: 'محافظة الأنبار', name: 'الأنبار' },
  { words: 'مدينة', position: 'before', type: 'place', example: 'مدينة غزة', name: 'غزة' },
  { words: 'شبه جزيرة', position: 'before', type: 'place', example: 'شبه جزيرة سيناء', name: 'سيناء' },
  { words: 'المكرمة', position: 'after', type: 'place', example: 'مكة المكرمة', name: 'مكة' },
  { words: 'الشريف', position: 'after', type: 'place', example: 'القدس الشريف', name: 'القدس' },
  { words: 'حركة', position: 'before', type: 'organisation', example: 'حركة حماس', name: 'حماس' },
  { words: 'صحيفة', position: 'before', type: 'organisation', example: 'صحيفة الغارديان', name: 'الغارديان' },
  { words: 'قناة', position: 'before', type: 'organisation', example: 'قناة الجزيرة', name: 'الجزيرة' },
  { words: 'شركة', position: 'before', type: 'organisation', example: 'شركة أرامكو', name: 'أرامكو' },
  { words: 'وكالة', position: 'before', type: 'organisation', example: 'وكالة رويترز', name: 'رويترز' },
  { words: 'جريدة', position: 'before', type: 'organisation', example: 'جريدة الأهرام', name: 'الأهرام' },
  { words: 'مجلة', position: 'before', type: 'organisation', example: 'مجلة نيوزويك', name: 'نيوزويك' },
  { words: 'شبكة', position: 'before', type: 'organisation', example: 'شبكة سي إن إن', name: 'سي إن إن' },
  { words: 'نادي', position: 'before', type: 'organisation', example: 'نادي الظفرة', name: 'الظفرة' },
];

/** The name inside a form of an entry of `type` made of a descriptor and a name (دولة قطر → قطر), or null. */
export function nameWithin(form: string, type: string): string | null {
  const words = form.split(/\s+/).filter((word) => word !== '');
  for (const row of DESCRIPTORS) {
    if (row.type !== type) continue;
    const descriptor = row.words.split(' ');
    if (words.length <= descriptor.length) continue;
    const before = row.position === 'before';
    const edge = before ? words.slice(0, descriptor.length) : words.slice(-descriptor.length);
    if (edge.join(' ') !== row.words) continue;
    return (before ? words.slice(descriptor.length) : words.slice(0, -descriptor.length)).join(' ');
  }
  return null;
}
