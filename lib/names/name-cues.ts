/**
 * Words that news writes around names: the tagger reads them as features, so a title before an unknown word
 * or a reporting verb after it weighs towards a name. They are cues, not rules: the weights are learned
 * (scripts/train-names.ts), and a cue alone never makes a name.
 */
import { normalizeArabic } from '../arabic/normalize';

export const CUE_KINDS = ['title', 'report', 'particle', 'org'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface CueRow {
  /** The cue as written (it is folded before use). */
  ar: string;
  kind: CueKind;
  /** A phrase of news in which it introduces or follows a name. */
  example: string;
}

/**
 * `title`: a role written before a person's name; `report`: a reporting verb, which a speaker's name
 * follows; `particle`: a word inside a name (بن، أبو، عبد); `org`: the head word of an organisation's name.
 */
export const NAME_CUES: readonly CueRow[] = [
  { ar: 'الرئيس', kind: 'title', example: 'الرئيس عبد الفتاح السيسي' },
  { ar: 'رئيس', kind: 'title', example: 'رئيس الوزراء نجيب ميقاتي' },
  { ar: 'رئيسة', kind: 'title', example: 'رئيسة الوزراء جورجيا ميلوني' },
  { ar: 'الوزراء', kind: 'title', example: 'رئيس الوزراء بنيامين نتنياهو' },
  { ar: 'وزير', kind: 'title', example: 'وزير الخارجية عباس عراقجي' },
  { ar: 'وزيرة', kind: 'title', example: 'وزيرة الخارجية أنالينا بيربوك' },
  { ar: 'الخارجية', kind: 'title', example: 'وزير الخارجية سامح شكري' },
  { ar: 'الدفاع', kind: 'title', example: 'وزير الدفاع لويد أوستن' },
  { ar: 'الداخلية', kind: 'title', example: 'وزير الداخلية محمود توفيق' },
  { ar: 'الأمين', kind: 'title', example: 'الأمين العام أنطونيو غوتيريش' },
  { ar: 'العام', kind: 'title', example: 'الأمين العام أحمد أبو الغيط' },
  { ar: 'المتحدث', kind: 'title', example: 'المتحدث باسم الجيش أفيخاي أدرعي' },
  { ar: 'المتحدثة', kind: 'title', example: 'المتحدثة باسم البيت الأبيض كارين جان بيير' },
  { ar: 'النائب', kind: 'title', example: 'النائب فيصل كرامي' },
  { ar: 'السفير', kind: 'title', example: 'السفير الأمريكي توم باراك' },
  { ar: 'الشيخ', kind: 'title', example: 'الشيخ محمد بن زايد' },
  { ar: 'الأمير', kind: 'title', example: 'الأمير محمد بن سلمان' },
  { ar: 'الملك', kind: 'title', example: 'الملك عبد الله الثاني' },
  { ar: 'الملكة', kind: 'title', example: 'الملكة رانيا' },
  { ar: 'اللواء', kind: 'title', example: 'اللواء عباس إبراهيم' },
  { ar: 'العميد', kind: 'title', example: 'العميد يحيى سريع' },
  { ar: 'العقيد', kind: 'title', example: 'العقيد معمر القذافي' },
  { ar: 'الفريق', kind: 'title', example: 'الفريق أول عبد الفتاح البرهان' },
  { ar: 'المشير', kind: 'title', example: 'المشير خليفة حفتر' },
  { ar: 'الجنرال', kind: 'title', example: 'الجنرال قاسم سليماني' },
  { ar: 'الدكتور', kind: 'title', example: 'الدكتور محمد عبد العاطي' },
  { ar: 'د', kind: 'title', example: 'د. أحمد زويل' },
  { ar: 'المهندس', kind: 'title', example: 'المهندس مصطفى مدبولي' },
  { ar: 'المستشار', kind: 'title', example: 'المستشار أولاف شولتس' },
  { ar: 'المدرب', kind: 'title', example: 'المدرب حسام حسن' },
  { ar: 'اللاعب', kind: 'title', example: 'اللاعب محمد صلاح' },
  { ar: 'النجم', kind: 'title', example: 'النجم محمد صلاح' },
  { ar: 'الفنان', kind: 'title', example: 'الفنان عادل إمام' },
  { ar: 'الفنانة', kind: 'title', example: 'الفنانة فيروز' },
  { ar: 'الكاتب', kind: 'title', example: 'الكاتب نجيب محفوظ' },
  { ar: 'الصحفي', kind: 'title', example: 'الصحفي جمال خاشقجي' },
  { ar: 'المبعوث', kind: 'title', example: 'المبعوث الأممي هانس غروندبرغ' },
  { ar: 'القاضي', kind: 'title', example: 'القاضي طارق البيطار' },
  { ar: 'السيد', kind: 'title', example: 'السيد حسن نصر الله' },
  { ar: 'السيدة', kind: 'title', example: 'السيدة فيروز' },
  { ar: 'الزعيم', kind: 'title', example: 'الزعيم الكوري الشمالي كيم جونغ أون' },
  { ar: 'قائد', kind: 'title', example: 'قائد الجيش رودولف هيكل' },
  { ar: 'محافظ', kind: 'title', example: 'محافظ البنك المركزي حسن عبد الله' },
  { ar: 'مدير', kind: 'title', example: 'مدير الوكالة رافائيل غروسي' },
  { ar: 'نائب', kind: 'title', example: 'نائب الرئيس جيه دي فانس' },
  { ar: 'قال', kind: 'report', example: 'قال محمد عبد العاطي إن' },
  { ar: 'وقال', kind: 'report', example: 'وقال نتنياهو إن' },
  { ar: 'أكد', kind: 'report', example: 'أكد الرئيس أن' },
  { ar: 'أعلن', kind: 'report', example: 'أعلن أردوغان أن' },
  { ar: 'صرح', kind: 'report', example: 'صرح عراقجي بأن' },
  { ar: 'أوضح', kind: 'report', example: 'أوضح المتحدث أن' },
  { ar: 'أضاف', kind: 'report', example: 'أضاف لودريان أن' },
  { ar: 'أشار', kind: 'report', example: 'أشار ماكرون إلى' },
  { ar: 'قالت', kind: 'report', example: 'قالت ميركل إن' },
  { ar: 'أكدت', kind: 'report', example: 'أكدت الوزيرة أن' },
  { ar: 'بحسب', kind: 'report', example: 'بحسب كارتر' },
  { ar: 'التقى', kind: 'report', example: 'التقى الملك عبد الله' },
  { ar: 'استقبل', kind: 'report', example: 'استقبل السيسي' },
  { ar: 'بن', kind: 'particle', example: 'محمد بن سلمان' },
  { ar: 'ابن', kind: 'particle', example: 'ابن خلدون' },
  { ar: 'بنت', kind: 'particle', example: 'فاطمة بنت محمد' },
  { ar: 'أبو', kind: 'particle', example: 'أبو بكر البغدادي' },
  { ar: 'أبي', kind: 'particle', example: 'علي بن أبي طالب' },
  { ar: 'أم', kind: 'particle', example: 'أم كلثوم' },
  { ar: 'عبد', kind: 'particle', example: 'عبد الفتاح السيسي' },
  { ar: 'آل', kind: 'particle', example: 'تميم بن حمد آل ثاني' },
  { ar: 'شركة', kind: 'org', example: 'شركة أرامكو' },
  { ar: 'حزب', kind: 'org', example: 'حزب العدالة والتنمية' },
  { ar: 'حركة', kind: 'org', example: 'حركة حماس' },
  { ar: 'منظمة', kind: 'org', example: 'منظمة الصحة العالمية' },
  { ar: 'وزارة', kind: 'org', example: 'وزارة الخارجية المصرية' },
  { ar: 'جامعة', kind: 'org', example: 'جامعة الدول العربية' },
  { ar: 'مجلس', kind: 'org', example: 'مجلس الأمن الدولي' },
  { ar: 'اتحاد', kind: 'org', example: 'اتحاد الكرة المصري' },
  { ar: 'الاتحاد', kind: 'org', example: 'الاتحاد الأوروبي' },
  { ar: 'بنك', kind: 'org', example: 'بنك مصر' },
  { ar: 'البنك', kind: 'org', example: 'البنك الدولي' },
  { ar: 'وكالة', kind: 'org', example: 'وكالة رويترز' },
  { ar: 'صحيفة', kind: 'org', example: 'صحيفة الأهرام' },
  { ar: 'قناة', kind: 'org', example: 'قناة الجزيرة' },
  { ar: 'نادي', kind: 'org', example: 'نادي الزمالك' },
  { ar: 'هيئة', kind: 'org', example: 'هيئة تحرير الشام' },
  { ar: 'جبهة', kind: 'org', example: 'جبهة النصرة' },
  { ar: 'مؤسسة', kind: 'org', example: 'مؤسسة النقد العربي السعودي' },
  { ar: 'الجيش', kind: 'org', example: 'الجيش اللبناني' },
];

/** Folded cue word → its kinds. */
export const CUES_BY_WORD: ReadonlyMap<string, readonly CueKind[]> = (() => {
  const map = new Map<string, CueKind[]>();
  for (const row of NAME_CUES) {
    const word = normalizeArabic(row.ar).text;
    const kinds = map.get(word) ?? [];
    if (!kinds.includes(row.kind)) kinds.push(row.kind);
    map.set(word, kinds);
  }
  return map;
})();
