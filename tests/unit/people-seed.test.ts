import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../lib/glossary/build';
import { createMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { buildFromSeeds, peopleLayer } from '../../scripts/build-glossary';

// The bundled glossary as `npm run glossary` builds it, so the people are matched beside every other entry.
const built = buildFromSeeds();
const entries: GlossaryEntry[] = built.ok ? built.glossary.entries : [];
const matcher = createMatcher(entries);
const people = entries.filter((entry) => entry.source === 'curated people');

const AS_OF = /\(as of (\d{4}-\d{2})\)$/;

/** The people a reader sees highlighted in a sentence: [as written, English]. */
function peopleIn(sentence: string): Array<[string, string]> {
  return matcher
    .match(sentence)
    .filter((match) => entries[match.entry]?.type === 'person')
    .map((match) => [sentence.slice(match.start, match.end), entries[match.entry]?.en ?? '']);
}

describe('seeds/people.tsv in the bundled glossary', () => {
  it('builds, with every row of the file kept as an entry', () => {
    expect(built.ok ? [] : built.problems).toEqual([]);
    const rows = readFileSync('seeds/people.tsv', 'utf8').trim().split('\n').length - 1;
    expect(people.length).toBe(rows);
  });

  it('makes every row a person with a Wikipedia title and a note dated by a month already past', () => {
    const thisMonth = new Date().toISOString().slice(0, 7);
    const undated = people.filter((entry) => {
      const month = AS_OF.exec(entry.note ?? '')?.[1];
      return entry.type !== 'person' || !entry.wikipedia || month === undefined || month > thisMonth;
    });
    expect(undated.map((entry) => entry.en)).toEqual([]);
  });

  it('lists every person once', () => {
    const titles = people.map((entry) => entry.wikipedia);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
    const names = people.map((entry) => entry.en);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});

describe('people in news sentences', () => {
  it.each([
    // sentence, the people marked, why
    [
      'وقال الرئيس الأمريكي دونالد ترامب إن المفاوضات تسير بشكل جيد',
      [['دونالد ترامب', 'Donald Trump']],
      'full name',
    ],
    ['انتقد ترمب قرار المحكمة العليا', [['ترمب', 'Donald Trump']], 'the other spelling, alone'],
    ['أكد نتنياهو أن الحرب لن تتوقف', [['نتنياهو', 'Benjamin Netanyahu']], 'surname alone'],
    ['وصرح نتانياهو للصحفيين بعد الاجتماع', [['نتانياهو', 'Benjamin Netanyahu']], 'the other spelling'],
    [
      'استقبل الرئيس عبد الفتاح السيسي وزير الخارجية التركي هاكان فيدان في القاهرة',
      [
        ['عبد الفتاح السيسي', 'Abdel Fattah el-Sisi'],
        ['هاكان فيدان', 'Hakan Fidan'],
      ],
      'two people around titles',
    ],
    [
      'التقى وزير الخارجية الإيراني عباس عراقجي نظيره العماني بدر البوسعيدي في مسقط',
      [
        ['عباس عراقجي', 'Abbas Araghchi'],
        ['بدر البوسعيدي', 'Badr Albusaidi'],
      ],
      'a given name shared with another person',
    ],
    [
      'بحث ولي العهد السعودي الأمير محمد بن سلمان مع الرئيس الفرنسي إيمانويل ماكرون الملف النووي',
      [
        ['محمد بن سلمان', 'Mohammed bin Salman'],
        ['إيمانويل ماكرون', 'Emmanuel Macron'],
      ],
      'a name with بن',
    ],
    [
      'دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار',
      [['أنطونيو غوتيريش', 'António Guterres']],
      'after the title',
    ],
    [
      'وقال بوتين في مؤتمر صحفي مع لافروف وروبيو',
      [
        ['بوتين', 'Vladimir Putin'],
        ['لافروف', 'Sergey Lavrov'],
        ['وروبيو', 'Marco Rubio'],
      ],
      'surnames alone, one with و',
    ],
    ['وقال الرئيس السابق جو بايدن إن الاتفاق تاريخي', [['جو بايدن', 'Joe Biden']], 'a former president'],
    ['أعلن حميدتي سيطرة قواته على المدينة', [['حميدتي', 'Mohamed Hamdan Dagalo (Hemedti)']], 'a nickname'],
    [
      'قال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد ترفض التصعيد',
      [['محمد شياع السوداني', 'Mohammed Shia al-Sudani']],
      'the whole name, not the nisba',
    ],
    ['وقال الرئيس محمود عباس إن القدس خط أحمر', [['محمود عباس', 'Mahmoud Abbas']], 'full name'],
    ['التقى عباس بوفد من رجال الأعمال', [], 'Abbas alone is any Abbas'],
    ['رحب الجيش السوداني بالمبادرة', [], 'السوداني alone is "Sudanese"'],
    ['الأسد ملك الغابة', [], 'الأسد alone is "the lion"'],
    ['وجاء البرهان على ذلك في التقرير', [], 'البرهان alone is "the proof"'],
    ['دعا الطرفان إلى سلام دائم', [], 'سلام alone is "peace"'],
    [
      'وقال جورج بوش الأب إن ابنه جورج بوش سيفوز',
      [
        ['جورج بوش الأب', 'George H. W. Bush'],
        ['جورج بوش', 'George W. Bush'],
      ],
      'the father by the longer name, the son by the usual one',
    ],
    ['وقعت اشتباكات أدت إلى صدام بين المحتجين', [], 'صدام alone is "a clash"'],
    ['سجل إسلام سليماني هدفا', [], 'سليماني alone is also the footballer Slimani'],
    ['وقال كوفي عنان إن المنظمة مستعدة', [['كوفي عنان', 'Kofi Annan']], 'a former secretary-general'],
    [
      'ومرر محمد صلاح الكرة إلى مرموش قبل أن يسجل هالاند',
      [
        ['محمد صلاح', 'Mohamed Salah'],
        ['مرموش', 'Omar Marmoush'],
        ['هالاند', 'Erling Haaland'],
      ],
      'footballers, two by surname alone',
    ],
    ['وقال غوارديولا إن فريقه استحق الفوز', [['غوارديولا', 'Pep Guardiola']], 'a coach by his surname'],
    ['دعا الشيخ إلى صلاح الأمة', [], 'صلاح alone is "righteousness"'],
    ['وتحدث عن تقدم محرز في المحادثات', [], 'محرز alone is "achieved"'],
    ['وأكد زيدان مدير المدرسة الخبر', [], 'زيدان alone is any Zaidan'],
    // The rows of issue 16 §4 (2026-12-02): today's office-holders, the wars' commanders, sport, the arts.
    [
      'وقال الرئيس الألماني فرانك فالتر شتاينماير إن برلين تدعم الحل',
      [['فرانك فالتر شتاينماير', 'Frank-Walter Steinmeier']],
      'a head of state by his three names',
    ],
    ['أكد شتاينماير أن ألمانيا ملتزمة', [['شتاينماير', 'Frank-Walter Steinmeier']], 'his surname alone'],
    [
      'وزار رئيس الاستخبارات التركية إبراهيم قالن دمشق',
      [['إبراهيم قالن', 'İbrahim Kalın']],
      'Kalın as Anadolu spells him',
    ],
    ['وسجل عثمان ديمبلي هدفين', [['عثمان ديمبلي', 'Ousmane Dembélé']], 'Dembélé with one ي'],
    ['وقال الطالب أنس خطاب إن الامتحان كان صعبا', [], 'a common full name: no row (as أنس جابر)'],
    ['وهبطت الطائرة في مطار شارل ديغول', [], 'the airport, not de Gaulle'],
    ['وصلى المئات في مسجد الحسن الثاني', [], 'the mosque, not the king'],
    [
      'وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي في منشور',
      [['أفيخاي أدرعي', 'Avichay Adraee']],
      'a spokesman after his title',
    ],
    ['وزعم أدرعي أن المبنى يستخدمه الحزب', [['أدرعي', 'Avichay Adraee']], 'the spokesman by his surname'],
    [
      'قال المتحدث العسكري باسم الحوثيين يحيى سريع إن القوات استهدفت السفينة',
      [['يحيى سريع', 'Yahya Saree']],
      "the Houthis' spokesman by his full name",
    ],
    ['جاء الرد سريع من الحكومة', [], 'سريع alone is "fast"'],
    [
      'وأعلن نعيم قاسم مقتل هاشم صفي الدين',
      [
        ['نعيم قاسم', 'Naim Qassem'],
        ['هاشم صفي الدين', 'Hashem Safieddine'],
      ],
      'a commander killed in 2024',
    ],
    ['رأى صفي الدين أن الأمر محسوم', [], 'صفي الدين alone is any Safi al-Din'],
    ['وأصدر مكتب السيستاني بيانا', [['السيستاني', 'Ali al-Sistani']], 'the Grand Ayatollah by his nisba'],
    [
      'وقال نائب رئيس مجلس السيادة مالك عقار إن الحرب ستنتهي',
      [['مالك عقار', 'Malik Agar']],
      'a Sudanese leader by his full name',
    ],
    ['ارتفعت أسعار عقار في المدينة', [], 'عقار alone is "property"'],
    ['قال شيخ العقل حكمت الهجري إن السويداء لن تخضع', [['حكمت الهجري', 'Hikmat al-Hijri']], 'full name'],
    ['يبدأ العام الهجري الجديد غدا', [], 'الهجري alone is the Hijri year'],
    ['وكتب إيلون ماسك على منصة إكس', [['إيلون ماسك', 'Elon Musk']], 'full name'],
    ['وكان ماسك بيده العصا', [], 'ماسك alone is "holding"'],
    [
      'وقال لولا دا سيلفا إن البرازيل تدين الهجوم',
      [['لولا دا سيلفا', 'Luiz Inácio Lula da Silva']],
      'as news names him',
    ],
    ['لولا تدخل الجيش لسقطت المدينة', [], 'لولا alone is "were it not for"'],
    [
      'التقى المبعوث الأمريكي توم براك الرئيس أحمد الشرع',
      [
        ['توم براك', 'Tom Barrack'],
        ['أحمد الشرع', 'Ahmed al-Sharaa'],
      ],
      'the envoy as many papers spell him',
    ],
    ['ورد إيهود باراك على الانتقادات', [['إيهود باراك', 'Ehud Barak']], 'باراك after إيهود stays Ehud Barak'],
    [
      'كتب فلورنتينو بيريز رسالة إلى الجماهير',
      [['فلورنتينو بيريز', 'Florentino Pérez']],
      'the club president by his full name',
    ],
    ['وقال بيريز إن السلام ممكن', [['بيريز', 'Shimon Peres']], 'بيريز alone stays Shimon Peres'],
    ['قال صدام حفتر إن الجيش جاهز', [['صدام حفتر', 'Saddam Haftar']], 'the son, not Khalifa Haftar'],
    ['وقال عمار الحكيم إن العراق بحاجة إلى الحوار', [['عمار الحكيم', 'Ammar al-Hakim']], 'full name'],
    ['ويتابع الحكيم ومع ذلك', [], 'الحكيم alone is "the wise"'],
    [
      'وكتب جمال عبدالناصر في فلسفة الثورة',
      [['جمال عبدالناصر', 'Gamal Abdel Nasser']],
      'عبد joined to the next word',
    ],
    ['وقال عبد الناصر إن الأمة واحدة', [], 'عبد الناصر alone is a given name'],
    ['كتب نجيب محفوظ الثلاثية', [['نجيب محفوظ', 'Naguib Mahfouz']], 'a writer news still names'],
    ['وراهن محفوظ على الحوار', [], 'محفوظ alone is a surname and "preserved"'],
    ['أعلن رئيس الوزراء الباكستاني شهباز شريف الحداد', [['شهباز شريف', 'Shehbaz Sharif']], 'full name'],
    ['وقال شريف إن الحكومة ستعمل', [], 'شريف alone is any Sharif and "honourable"'],
    ['استقبل قائد الجيش رودولف هيكل الوفد', [['رودولف هيكل', 'Rodolphe Haykal']], 'full name'],
    ['يقوم هيكل الدولة على المؤسسات', [], 'هيكل alone is "structure"'],
    [
      'كان الحسين بن عبد الله الثاني حاضرا',
      [['الحسين بن عبد الله الثاني', 'Crown Prince Hussein of Jordan']],
      'the son, not the king',
    ],
    ['هبطت الطائرة في مطار حيدر علييف', [['حيدر علييف', 'Heydar Aliyev']], 'the father, not Ilham Aliyev'],
    ['وقال الرئيس إلهام علييف إن باكو مستعدة', [['إلهام علييف', 'Ilham Aliyev']], 'the son'],
    ['وقال كوفي أنان إن المنظمة مستعدة', [['كوفي أنان', 'Kofi Annan']], 'the other spelling of عنان'],
    ['وقال الرئيس أبومازن إن القدس عاصمة فلسطين', [['أبومازن', 'Mahmoud Abbas']], 'the kunya written joined'],
    [
      'وقال نتشيرفان البارزاني إن الإقليم جزء من العراق',
      [['نتشيرفان البارزاني', 'Nechirvan Barzani']],
      'another spelling',
    ],
    [
      'قال النائب أحمد الطيبي إن القانون عنصري',
      [['أحمد الطيبي', 'Ahmad Tibi']],
      "the MP, not al-Azhar's Ahmed el-Tayeb",
    ],
    [
      'وقال شيخ الأزهر أحمد الطيب إن الأزهر يرفض',
      [['أحمد الطيب', 'Ahmed el-Tayeb']],
      'the Grand Imam, not Ahmad Tibi',
    ],
    [
      'وقال البابا شنودة في عظته',
      [['البابا شنودة', 'Pope Shenouda III']],
      'the Coptic pope without his number',
    ],
    [
      'وسجل عثمان ديمبيلي هدفين وأشاد فيرغسون بإبراهيم دياز',
      [
        ['عثمان ديمبيلي', 'Ousmane Dembélé'],
        ['فيرغسون', 'Alex Ferguson'],
        ['بإبراهيم دياز', 'Brahim Díaz'],
      ],
      'sportspeople, one with ب',
    ],
  ])('%s', (sentence, expected) => {
    expect(peopleIn(sentence)).toEqual(expected);
  });
});

describe('the build checks every row of people.tsv', () => {
  const file = (rows: string) => ({
    name: 'people.tsv',
    text: `arabic\tenglish\ttype\tvariants\tnote\twikipedia\n${rows}`,
  });

  it('stops on a row without a dated note, a person type or a Wikipedia title, with its line', () => {
    const result = buildGlossary({
      layers: [
        peopleLayer(
          file(
            [
              'دونالد ترامب\tDonald Trump\tperson\t\tPresident of the United States (as of 2025-06)\tDonald_Trump',
              'جو بايدن\tJoe Biden\tperson\t\tFormer President of the United States\tJoe_Biden',
              'فلاديمير بوتين\tVladimir Putin\tperson\t\tPresident of Russia (as of 2025-13)\tVladimir_Putin',
              'كير ستارمر\tKeir Starmer\tperson\t\tPrime Minister (as of 2025-06)\t',
              'الكرملين\tthe Kremlin\torganisation\t\tThe Russian presidency (as of 2025-06)\tMoscow_Kremlin',
            ].join('\n'),
          ),
        ),
      ],
      articles: [],
    });
    const dated = 'the note must end with the last month the role was known to be held, as "(as of YYYY-MM)"';
    expect(result).toEqual({
      ok: false,
      problems: [
        { file: 'people.tsv', line: 3, message: dated },
        { file: 'people.tsv', line: 4, message: dated },
        { file: 'people.tsv', line: 5, message: 'the Wikipedia title is missing' },
        { file: 'people.tsv', line: 6, message: 'the type must be person, not "organisation"' },
      ],
    });
  });

  it('keeps a good row, with its source', () => {
    const result = buildGlossary({
      layers: [
        peopleLayer(
          file(
            'جو بايدن\tJoe Biden\tperson\tبايدن\tFormer President, 2021–2025 (as of 2025-06)\tJoe_Biden\n',
          ),
        ),
      ],
      articles: [],
    });
    expect(result.ok && result.glossary.entries).toEqual([
      {
        id: 'جو بايدن',
        ar: 'جو بايدن',
        variants: ['بايدن'],
        en: 'Joe Biden',
        type: 'person',
        note: 'Former President, 2021–2025 (as of 2025-06)',
        wikipedia: 'Joe_Biden',
        source: 'curated people',
      },
    ]);
  });
});
