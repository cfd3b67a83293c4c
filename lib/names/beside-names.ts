/**
 * Words news writes right beside a person's name that are never a word of it: roles, honorifics and
 * epithets the cue table (name-cues.ts) does not hold. The name finder leaves them out of a person's name
 * at either end, as it does a cue's title, with a clitic written on them too (للحارس هيلتون "for the
 * goalkeeper Hilton", ومعالي محمد بن عيسى); after a name, only where the name lists do not hold the word
 * (a surname). They are no cues of the tagger's: twelve such titles as features lowered the 5-fold figures
 * (README, the name finder's trials), so they only cut what the tagger read.
 */
import { normalizeArabic } from '../arabic/normalize';

export interface BesideNameRow {
  /** The word as written (folded before use). */
  ar: string;
  /** A phrase of news with the word beside a name. */
  example: string;
}

export const BESIDE_NAMES: readonly BesideNameRow[] = [
  // Honorifics of office, written before a minister's or an ambassador's name.
  { ar: 'معالي', example: 'ومعالي محمد بن عيسى وزير الشؤون الخارجية' },
  { ar: 'سعادة', example: 'وسعادة عيسى حمد بوشهاب سفير الدولة' },
  { ar: 'فخامة', example: 'فخامة الرئيس ميشال عون' },
  { ar: 'سماحة', example: 'سماحة المفتي عبد اللطيف دريان' },
  // Military and church ranks, peerages.
  { ar: 'المقدم', example: 'المقدم عبد الله الهلالي' },
  { ar: 'الرائد', example: 'الرائد خالد الأحمد' },
  { ar: 'النقيب', example: 'النقيب أحمد الكساسبة' },
  { ar: 'الكاردينال', example: 'الكاردينال بيترو بارولين' },
  { ar: 'البطريرك', example: 'البطريرك بشارة الراعي' },
  { ar: 'اللورد', example: 'اللورد ستيفنز' },
  // A match report's roles.
  { ar: 'الحارس', example: 'للحارس هيلتون' },
  { ar: 'المدافع', example: 'المدافع البرازيلي اندرسون' },
  { ar: 'المهاجم', example: 'المهاجم رود فان نيستلروي' },
  { ar: 'الكابتن', example: 'للكابتن عبدالله' },
  { ar: 'كابتن', example: 'وقال كابتن أنطونيو حبيب نائب رئيس النادي' },
  // Roles written after a name, in apposition.
  { ar: 'السكرتير', example: 'عثمان محمد عثمان السكرتير العام' },
  { ar: 'المشرف', example: 'دينغ ون جي المشرف الإداري' },
  { ar: 'مفتي', example: 'علي جمعة مفتي الديار المصرية' },
  { ar: 'المسؤول', example: 'الشيخ محمد يزبك المسؤول البارز في الحزب' },
  { ar: 'المسئول', example: 'الشيخ محمد يزبك المسئول البارز في الحزب' },
  // A priest's title.
  { ar: 'الأب', example: 'وقال الأب بولس خوري راعي الأبرشية' },
  // Epithets.
  { ar: 'الجليل', example: 'الصحابي الجليل سعد بن أبي وقاص' },
  { ar: 'المشهور', example: 'الرحالة المغربي المشهور ابن بطوطة' },
  { ar: 'الشهير', example: 'عبد الفتاح الشهير ب بوجي' },
  { ar: 'الراحل', example: 'الرئيس الراحل ياسر عرفات' },
  { ar: 'الموهوب', example: 'السيناريست المصري الموهوب تامر حبيب' },
];

/** The folded words of the table. */
export const BESIDE_NAME_WORDS: ReadonlySet<string> = new Set(
  BESIDE_NAMES.map((row) => normalizeArabic(row.ar).text),
);
