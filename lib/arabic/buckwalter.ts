/**
 * Buckwalter transliteration → Arabic script, for lexicons that write Arabic in ASCII (the CAMeL Morph
 * lexicons: >abuwbakor is أَبُوبَكْر). The standard table (Buckwalter 2002,
 * https://www.qamus.org/transliteration.htm) with the extensions CAMeL Tools reads for loan letters.
 */

/** One row per Buckwalter character: the Arabic it stands for, and a word with it (Buckwalter, Arabic). */
export const BUCKWALTER: ReadonlyArray<readonly [string, string, string]> = [
  ["'", 'ء', "samaA' سماء"],
  ['|', 'آ', '|dam آدم'],
  ['>', 'أ', '>aHmad أحمد'],
  ['&', 'ؤ', 'mu&ay~ad مؤيد'],
  ['<', 'إ', '<iboraAhiym إبراهيم'],
  ['}', 'ئ', 'saA}id سائد'],
  ['A', 'ا', 'saAmiy سامي'],
  ['b', 'ب', 'bakor بكر'],
  ['p', 'ة', 'faATimap فاطمة'],
  ['t', 'ت', 'tamiym تميم'],
  ['v', 'ث', 'vaAmir ثامر'],
  ['j', 'ج', 'jamiyl جميل'],
  ['H', 'ح', 'Hasan حسن'],
  ['x', 'خ', 'xaAlid خالد'],
  ['d', 'د', 'daAwud داود'],
  ['*', 'ذ', '*ahab ذهب'],
  ['r', 'ر', 'raAmiy رامي'],
  ['z', 'ز', 'zayod زيد'],
  ['s', 'س', 'saEiyd سعيد'],
  ['$', 'ش', '$aAkir شاكر'],
  ['S', 'ص', 'SaAliH صالح'],
  ['D', 'ض', "DiyaA' ضياء"],
  ['T', 'ط', 'TaAriq طارق'],
  ['Z', 'ظ', 'ZaAfir ظافر'],
  ['E', 'ع', 'Ealiy علي'],
  ['g', 'غ', 'gas~aAn غسان'],
  ['_', 'ـ', 'tatweel, a stretch: m_Hmd مـحمد'],
  ['f', 'ف', 'fahod فهد'],
  ['q', 'ق', 'qaAsim قاسم'],
  ['k', 'ك', 'kariym كريم'],
  ['l', 'ل', 'layolaY ليلى'],
  ['m', 'م', 'maHomuwd محمود'],
  ['n', 'ن', 'nabiyl نبيل'],
  ['h', 'ه', 'haAniy هاني'],
  ['w', 'و', 'waliyd وليد'],
  ['Y', 'ى', 'muwsaY موسى'],
  ['y', 'ي', 'yuwsuf يوسف'],
  ['F', 'ً', 'fathatan: jid~AF جداً'],
  ['N', 'ٌ', 'dammatan: kitaAbN كتابٌ'],
  ['K', 'ٍ', 'kasratan: kitaAbK كتابٍ'],
  ['a', 'َ', 'fatha: Hasan حَسَن'],
  ['u', 'ُ', 'damma: yuwsuf يُوسُف'],
  ['i', 'ِ', 'kasra: saAmiy سامِي'],
  ['~', 'ّ', 'shadda: muHam~ad محمّد'],
  ['o', 'ْ', 'sukun: bakor بكْر'],
  ['`', 'ٰ', 'dagger alef: All~a`h الله'],
  ['{', 'ٱ', 'alef wasla: {ibon ابن'],
  ['P', 'پ', 'loan letter pe: PaAkistaAn پاكستان'],
  ['J', 'چ', 'loan letter che: JaAy چاي'],
  ['V', 'ڤ', 'loan letter ve: Viyktuwr ڤيكتور'],
  ['G', 'گ', 'loan letter gaf: GuwGaAl گوگال'],
];

const TO_ARABIC: ReadonlyMap<string, string> = new Map(BUCKWALTER.map(([latin, arabic]) => [latin, arabic]));

/** Arabic script for a Buckwalter string; characters outside the table (digits, spaces) are kept. */
export function fromBuckwalter(text: string): string {
  let out = '';
  for (const ch of text) out += TO_ARABIC.get(ch) ?? ch;
  return out;
}
