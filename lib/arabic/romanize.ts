/**
 * Romanisation of Arabic for learners: what is written, letter by letter, in a simplified ALA-LC scheme.
 *
 * News text carries no short vowels, and this module does not guess them: it spells the letters that are
 * on the page, so that a learner can check each one against the script. The rules, in order:
 *
 * 1. Consonants: ب b, ت t, ث th, ج j, ح ḥ, خ kh, د d, ذ dh, ر r, ز z, س s, ش sh, ص ṣ, ض ḍ, ط ṭ, ظ ẓ, ع ʿ,
 *    غ gh, ف f, ق q, ك k, ل l, م m, ن n, ه h; the loan letters پ p, چ ch, ژ zh, ڤ v, گ g.
 * 2. Hamza: ء ؤ ئ أ are ʾ inside a word, إ is ʾi and آ is ʾā. At the start of a word the hamza is not
 *    written: أ → a, إ → i, آ → ā, and a bare ا → a (→ i right after the article, where it is the helping
 *    vowel of الاتحاد al-itḥād, الانتخابات al-intkhābāt).
 * 3. Long vowels: ا → ā, final ى → ā. و and ي are the vowels ū and ī after a consonant (بيروت bīrūt,
 *    عراقي ʿrāqī) and the consonants w and y at the start of a word, before ا ى ة, before another و or ي
 *    (عيون ʿyūn), or doubled. Short vowels that are not written are not invented: دمشق is dmshq; and since
 *    the diphthongs aw and ay cannot be told from ū and ī without marks, دولة is dūla.
 * 4. ة → a (with a written case ending: ةٌ atun).
 * 5. The article: ال at the start of a word → al-, assimilated before the sun letters (الشام ash-shām,
 *    الرياض ar-ryāḍ). Proclitics, and an article after them, are split off only where the matcher found
 *    them on a stem the glossary holds (romanizeWithClitics: وبباريس wa-bi-bārīs, والعراق wa-l-ʿrāq); a word
 *    is never cut on its letters alone (كاليفورنيا kālīfūrnyā, والد wāld).
 * 6. Diacritics, where a text has them, are honoured: fatha a, kasra i, damma u, tanwin an/in/un, sukun
 *    nothing, shadda doubles the consonant, dagger alef ā; و after damma is ū and after fatha aw, ي after
 *    kasra is ī and after fatha ay (دَوْلَة dawla, مُحَمَّد muḥammad); a final يّ after kasra is ī (عَلِيّ ʿalī).
 * 7. A few words spelt without their long ā are given as said (الله allāh, هذا hādhā).
 * 8. Everything else (Latin, spaces, punctuation) is kept; Arabic-Indic digits become 0–9 and the Arabic
 *    comma, semicolon and question mark become , ; ?. The output is lower case.
 */

const CONSONANTS: ReadonlyMap<string, string> = new Map([
  ['ب', 'b'],
  ['ت', 't'],
  ['ث', 'th'],
  ['ج', 'j'],
  ['ح', 'ḥ'],
  ['خ', 'kh'],
  ['د', 'd'],
  ['ذ', 'dh'],
  ['ر', 'r'],
  ['ز', 'z'],
  ['س', 's'],
  ['ش', 'sh'],
  ['ص', 'ṣ'],
  ['ض', 'ḍ'],
  ['ط', 'ṭ'],
  ['ظ', 'ẓ'],
  ['ع', 'ʿ'],
  ['غ', 'gh'],
  ['ف', 'f'],
  ['ق', 'q'],
  ['ك', 'k'],
  ['ک', 'k'],
  ['ل', 'l'],
  ['م', 'm'],
  ['ن', 'n'],
  ['ه', 'h'],
  ['ە', 'h'],
  ['پ', 'p'],
  ['چ', 'ch'],
  ['ژ', 'zh'],
  ['ڤ', 'v'],
  ['ڨ', 'g'],
  ['گ', 'g'],
  ['ء', 'ʾ'],
  ['ؤ', 'ʾ'],
  ['ئ', 'ʾ'],
]);

/** Letters before which the article's l is pronounced as that letter (الشمس ash-shams). */
const SUN_LETTERS = new Set('تثدذرزسشصضطظلن');

const ALEFS = new Set('اأإآٱ');
const YA = new Set('يی');
const WAW = 'و';

const FATHA = '\u064e';
const DAMMA = '\u064f';
const KASRA = '\u0650';
const FATHATAN = '\u064b';
const DAMMATAN = '\u064c';
const KASRATAN = '\u064d';
const SHADDA = '\u0651';
const SUKUN = '\u0652';
const DAGGER_ALEF = '\u0670';

const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ['،', ','],
  ['؛', ';'],
  ['؟', '?'],
  ['٪', '%'],
  ['«', '"'],
  ['»', '"'],
]);

/**
 * The article at the start of a word: written prefix → romanised prefix before `l`. Only ال itself: a
 * joined preposition or conjunction before it (وال، بال، كال، لل…) is split off only where the matcher
 * found it on a stem the glossary holds (romanizeWithClitics), since the same letters begin names
 * (كاليفورنيا is kālīfūrnyā, never ka-l-yfūrnyā).
 */
const ARTICLE_PREFIXES: ReadonlyArray<{ prefix: string; before: string; minRest: number }> = [
  { prefix: 'ال', before: '', minRest: 2 },
];

/**
 * Words whose spelling leaves out a long ā (or whose article is part of the word): spelt as they are said,
 * since the letter-by-letter rules would hide the vowel a learner hears (الله allāh, not al-lh).
 */
const SPELT_APART: ReadonlyMap<string, string> = new Map([
  ['الله', 'allāh'],
  ['لله', 'lillāh'],
  ['بالله', 'billāh'],
  ['والله', 'wallāh'],
  ['هذا', 'hādhā'],
  ['هذه', 'hādhihi'],
  ['ذلك', 'dhālika'],
  ['لكن', 'lākin'],
  ['إله', 'ilāh'],
  ['الرحمن', 'ar-raḥmān'],
]);

/** The proclitics the matcher reports, as they are romanised in front of a word (و wa-, ب bi-…). */
const PROCLITICS: ReadonlyMap<string, string> = new Map([
  ['و', 'wa-'],
  ['ف', 'fa-'],
  ['ب', 'bi-'],
  ['ك', 'ka-'],
  ['ل', 'li-'],
]);

interface Unit {
  letter: string;
  marks: string;
}

function isArabicLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3) || code === 0x06d5;
}

function isArabicMark(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640 ||
    code === 0x200c ||
    code === 0x200d
  );
}

function vowelOfMarks(marks: string): string {
  if (marks.includes(FATHATAN)) return 'an';
  if (marks.includes(DAMMATAN)) return 'un';
  if (marks.includes(KASRATAN)) return 'in';
  if (marks.includes(FATHA)) return 'a';
  if (marks.includes(DAMMA)) return 'u';
  if (marks.includes(KASRA)) return 'i';
  if (marks.includes(DAGGER_ALEF)) return 'ā';
  return '';
}

/** Whether a unit is a consonant for the purposes of reading و and ي as vowels. */
function isConsonantUnit(unit: Unit | undefined): boolean {
  return unit !== undefined && !ALEFS.has(unit.letter) && unit.letter !== 'ى';
}

function romanizeWord(word: string): string {
  const units: Unit[] = [];
  for (const ch of word) {
    if (isArabicMark(ch)) {
      const last = units[units.length - 1];
      if (last !== undefined && ch !== '\u0640' && ch !== '\u200c' && ch !== '\u200d') last.marks += ch;
      continue;
    }
    units.push({ letter: ch, marks: '' });
  }
  const letters = units.map((unit) => unit.letter).join('');
  const apart = SPELT_APART.get(letters);
  if (apart !== undefined) return apart;

  let out = '';
  let start = 0;
  for (const { prefix, before, minRest } of ARTICLE_PREFIXES) {
    if (letters.startsWith(prefix) && letters.length - prefix.length >= minRest) {
      const next = letters[prefix.length] as string;
      const l = SUN_LETTERS.has(next) ? (CONSONANTS.get(next) ?? 'l') : 'l';
      out = before === '' ? `a${l}-` : `${before}${l}-`;
      start = prefix.length;
      break;
    }
  }
  const afterArticle = start > 0;

  /** The last vowel sound produced, so و after u reads ū and ي after i reads ī. */
  let lastVowel = '';
  for (let i = start; i < units.length; i++) {
    const unit = units[i] as Unit;
    const { letter, marks } = unit;
    const prev = i > start ? units[i - 1] : undefined;
    const next = units[i + 1];
    const atStart = i === start;
    const atEnd = i === units.length - 1;
    const written = vowelOfMarks(marks);
    const doubled = marks.includes(SHADDA);
    const silent = marks.includes(SUKUN);

    if (ALEFS.has(letter)) {
      if (atStart) {
        const sound =
          letter === 'إ' ? 'i' : letter === 'آ' ? 'ā' : letter === 'ا' && afterArticle ? 'i' : 'a';
        const vowel = written !== '' && letter !== 'آ' ? written : sound;
        out += vowel;
        lastVowel = vowel;
      } else if (letter === 'أ' || letter === 'إ' || letter === 'آ') {
        const sound = letter === 'إ' ? 'i' : letter === 'آ' ? 'ā' : written;
        out += `ʾ${sound}`;
        lastVowel = sound;
      } else if (marks.includes(FATHATAN)) {
        // Tanwin fath written on its alef (شكراً shkran).
        out += 'an';
        lastVowel = '';
      } else if (atEnd && prev?.letter === WAW) {
        // The silent alef after the plural و (قالوا qālū).
      } else if (prev?.marks.includes(FATHATAN)) {
        // The alef that carries tanwin fath written on the letter before it: already "an".
      } else {
        // A fatha before the alef is the same vowel, lengthened (كِتَاب kitāb).
        if (lastVowel === 'a') out = out.slice(0, -1);
        out += 'ā';
        lastVowel = 'ā';
      }
      continue;
    }
    if (letter === 'ى') {
      if (lastVowel === 'a') out = out.slice(0, -1);
      out += written === 'an' ? 'an' : 'ā';
      lastVowel = 'ā';
      continue;
    }
    if (letter === 'ة') {
      // Pausal -a; with a case ending written, the t is heard (مدرسةٌ madrasatun).
      if (lastVowel !== 'a') out += 'a';
      if (written !== '') out += `t${written}`;
      lastVowel = written;
      continue;
    }
    if (letter === WAW || YA.has(letter)) {
      const long = letter === WAW ? 'ū' : 'ī';
      const short = letter === WAW ? 'u' : 'i';
      const consonant = letter === WAW ? 'w' : 'y';
      let asVowel = false;
      if (doubled && atEnd && written === '' && lastVowel === short) {
        // ALA-LC writes a final doubled ي after kasra as ī (عَلِيّ ʿalī, الكُرْدِيّ al-kurdī), و after damma as ū.
        asVowel = true;
      } else if (!doubled && written === '') {
        if (lastVowel === short) asVowel = true;
        else if (silent || atStart || lastVowel !== '') asVowel = false;
        else {
          // Unmarked, after a consonant: a vowel unless a vowel letter follows (سوريا sūryā, ولايات wlāyāt);
          // the silent alef of the plural (قالوا) does not count.
          // Before another unmarked و or ي, it is the consonant and that one the vowel (عيون ʿyūn).
          const nextIsVowelLetter =
            next !== undefined &&
            (next.letter === 'ى' ||
              next.letter === 'ة' ||
              (ALEFS.has(next.letter) && !(letter === WAW && i + 1 === units.length - 1)) ||
              ((next.letter === WAW || YA.has(next.letter)) &&
                next.marks === '' &&
                i + 1 < units.length - 1));
          asVowel = isConsonantUnit(prev) && !nextIsVowelLetter;
        }
      }
      if (asVowel) {
        if (lastVowel === short) out = out.slice(0, -1);
        out += long;
        lastVowel = long;
      } else {
        out += (doubled ? consonant + consonant : consonant) + written;
        lastVowel = written;
      }
      continue;
    }
    const consonant = CONSONANTS.get(letter);
    if (consonant === undefined) {
      out += letter;
      lastVowel = '';
      continue;
    }
    // A shadda on the sun letter after the article is the assimilation, already spelt (الرَّئِيس ar-raʾīs).
    const assimilated = afterArticle && atStart && SUN_LETTERS.has(letter);
    out += doubled && !assimilated ? consonant + consonant : consonant;
    out += written;
    lastVowel = written;
  }
  return out;
}

/** Romanises Arabic text for a learner (see the scheme above); other characters pass through. */
export function romanizeArabic(text: string): string {
  let out = '';
  let word = '';
  const flush = () => {
    if (word !== '') out += romanizeWord(word);
    word = '';
  };
  for (const ch of text) {
    if (isArabicLetter(ch) || (word !== '' && isArabicMark(ch))) {
      word += ch;
      continue;
    }
    flush();
    const code = ch.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (isArabicMark(ch)) continue;
    else out += PUNCTUATION.get(ch) ?? ch;
  }
  flush();
  return out;
}

/**
 * Romanises a word as the matcher split it: its proclitics (folded, as `EntityMatch.clitics` lists them) and
 * the rest as written. وبباريس with و and ب is wa-bi-bārīs; an article among them is elided after the
 * others as in ALA-LC (والرئيس wa-r-rʾīs, للرئيس li-r-rʾīs).
 */
export function romanizeWithClitics(clitics: readonly string[], rest: string): string {
  const article = clitics.at(-1) === 'ال';
  const front = article ? clitics.slice(0, -1) : clitics;
  const word = article ? `ال${rest}` : rest;
  let roman = romanizeArabic(word);
  if (front.length > 0 && /^\s*ال./.test(word) && roman.startsWith('a')) roman = roman.slice(1);
  return front.map((clitic) => PROCLITICS.get(clitic) ?? romanizeArabic(clitic)).join('') + roman;
}
