// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  blockRange,
  type CollectOptions,
  collectTextBlocks,
  type TextBlock,
} from '../../lib/page/text-blocks';

function collect(html: string, options?: CollectOptions): TextBlock[] {
  document.body.innerHTML = html;
  return collectTextBlocks(document.body, options);
}

function texts(html: string, options?: CollectOptions): string[] {
  return collect(html, options).map((block) => block.text);
}

/** The text a DOM Range built from blockRange really covers. */
function rangeText(block: TextBlock, start: number, end: number): string | null {
  const mapped = blockRange(block, start, end);
  if (mapped === null) return null;
  const range = document.createRange();
  range.setStart(mapped.startContainer, mapped.startOffset);
  range.setEnd(mapped.endContainer, mapped.endOffset);
  return range.toString();
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collectTextBlocks: joining and splitting', () => {
  it.each([
    { html: '<p><a>آشتون</a> كارتر</p>', expected: ['آشتون كارتر'], why: 'a link joins the text after it' },
    {
      html: '<p><b>وزير</b> الدفاع</p>',
      expected: ['وزير الدفاع'],
      why: 'bold joins like any inline element',
    },
    {
      html: '<p><span><a href="#"><b>آشتون</b></a></span> <em>كارتر</em></p>',
      expected: ['آشتون كارتر'],
      why: 'nested inline elements join at any depth',
    },
    {
      html: '<p><b>الرئيس</b><i>الأمريكي</i></p>',
      expected: ['الرئيسالأمريكي'],
      why: 'no separator is invented between inline elements',
    },
    {
      html: '<p>  آشتون\n\t<i>كارتر</i> </p>',
      expected: ['  آشتون\n\tكارتر '],
      why: 'whitespace is kept as the Text nodes hold it',
    },
    { html: '<p>الأول</p><p>الثاني</p>', expected: ['الأول', 'الثاني'], why: 'each paragraph is a block' },
    { html: '<p>الأول<br>الثاني</p>', expected: ['الأول', 'الثاني'], why: '<br> cuts a block' },
    { html: '<ul><li>أ</li><li>ب</li></ul>', expected: ['أ', 'ب'], why: 'each list item is a block' },
    {
      html: '<table><tr><td>عمان</td><td>الأردن</td></tr></table>',
      expected: ['عمان', 'الأردن'],
      why: 'table cells do not join',
    },
    { html: '<h2>عنوان</h2>نص', expected: ['عنوان', 'نص'], why: 'a heading ends before loose text' },
    {
      html: '<span>قبل<div>داخل</div>بعد</span>',
      expected: ['قبل', 'داخل', 'بعد'],
      why: 'a block inside an inline element still cuts on both sides',
    },
    {
      html: '<p>نص<button>شارك</button>آخر</p>',
      expected: ['نص', 'شارك', 'آخر'],
      why: 'a button label is its own unit',
    },
    {
      html: '<p>آشتون<!-- تعليق --> كارتر</p>',
      expected: ['آشتون كارتر'],
      why: 'comments are not text and do not cut',
    },
    {
      html: '<p><span aria-hidden="true">آشتون</span> كارتر</p>',
      expected: ['آشتون كارتر'],
      why: 'aria-hidden content is still painted on screen',
    },
    {
      html: '<p>نص</p>\n  <p> \n </p><div>\t</div>',
      expected: ['نص'],
      why: 'whitespace-only blocks are dropped',
    },
  ])('$why', ({ html, expected }) => {
    expect(texts(html)).toEqual(expected);
  });

  it('records one segment per Text node, with its offsets in the block', () => {
    const [block] = collect('<p><a>آشتون</a> كارتر</p>');
    const link = document.querySelector('a')?.firstChild;
    const after = document.querySelector('p')?.lastChild;
    expect(block?.segments).toEqual([
      { node: link, start: 0, end: 5 },
      { node: after, start: 5, end: 11 },
    ]);
  });

  it('skips empty Text nodes rather than making zero-width segments', () => {
    document.body.innerHTML = '<p>آشتون</p>';
    document.querySelector('p')?.append(document.createTextNode(''), document.createTextNode(' كارتر'));
    const blocks = collectTextBlocks(document.body);
    expect(blocks.map((block) => block.segments.map((seg) => [seg.start, seg.end]))).toEqual([
      [
        [0, 5],
        [5, 11],
      ],
    ]);
  });
});

describe('collectTextBlocks: what is skipped', () => {
  const isAd = (el: Element): boolean => el.classList.contains('ad');
  it.each([
    { inner: '<script>var x = "نص";</script>', why: 'script' },
    { inner: '<style>p::before { content: "نص"; }</style>', why: 'style' },
    { inner: '<noscript>نص</noscript>', why: 'noscript' },
    { inner: '<template>نص</template>', why: 'template' },
    { inner: '<textarea>نص</textarea>', why: 'textarea: the text is a form value' },
    { inner: '<input value="نص">', why: 'input' },
    { inner: '<select><option>نص</option></select>', why: 'select and its options' },
    { inner: '<object>نص</object>', why: 'object fallback content' },
    { inner: '<canvas>نص</canvas>', why: 'canvas fallback content' },
    { inner: '<svg><text>نص</text></svg>', why: 'svg' },
    { inner: '<span hidden>نص</span>', why: 'the hidden attribute' },
    { inner: '<span contenteditable>نص</span>', why: 'contenteditable (empty value)' },
    { inner: '<span contenteditable="true"><b>نص</b></span>', why: 'contenteditable="true", and inside it' },
    {
      inner: '<span contenteditable="PLAINTEXT-ONLY">نص</span>',
      why: 'contenteditable="plaintext-only", any case',
    },
    {
      inner: '<span class="ad"><b>نص</b></span>',
      why: 'what skipElement rejects',
      options: { skipElement: isAd },
    },
  ])('$why', ({ inner, options }) => {
    expect(texts(`<p>آشتون ${inner}كارتر</p>`, options)).toEqual(['آشتون كارتر']);
  });

  it.each([
    { inner: '<span contenteditable="false">نص </span>', why: 'contenteditable="false" is not editable' },
    { inner: '<span contenteditable="bogus">نص </span>', why: 'an invalid contenteditable value is ignored' },
  ])('keeps $why', ({ inner }) => {
    expect(texts(`<p>آشتون ${inner}كارتر</p>`)).toEqual(['آشتون نص كارتر']);
  });

  it('returns nothing when the root itself, or an ancestor, is excluded', () => {
    document.body.innerHTML = '<div contenteditable><p>نص</p></div><textarea>نص</textarea>';
    const paragraph = document.querySelector('p');
    const typed = document.querySelector('textarea')?.firstChild;
    expect(paragraph && collectTextBlocks(paragraph)).toEqual([]);
    expect(typed && collectTextBlocks(typed)).toEqual([]);
  });

  it('leaves out the <title> when the root is the document', () => {
    document.title = 'عنوان الصفحة';
    document.body.innerHTML = '<p>نص</p>';
    expect(collectTextBlocks(document).map((block) => block.text)).toEqual(['نص']);
  });

  it('collects a lone Text node as the root', () => {
    document.body.innerHTML = '<p>آشتون كارتر</p>';
    const text = document.querySelector('p')?.firstChild;
    expect(text && collectTextBlocks(text).map((block) => block.text)).toEqual(['آشتون كارتر']);
  });
});

describe('blockRange: offsets back to the DOM', () => {
  it.each([
    { html: '<p><a>آشتون</a> كارتر</p>', needle: 'آشتون كارتر', why: 'across a link and the text after it' },
    {
      html: '<p>قال <b>وزير</b> الدفاع أمس</p>',
      needle: 'وزير الدفاع',
      why: 'from inside bold to plain text',
    },
    { html: '<p>زار الرئيس عمان أمس</p>', needle: 'عمان', why: 'inside a single node' },
    {
      html: '<p><span><i><b>آش</b>تون</i></span> <u>كار</u>تر</p>',
      needle: 'شتون كار',
      why: 'through nested inline elements, starting and ending mid-node',
    },
    { html: '<p>  <i>آشتون</i>\n كارتر </p>', needle: 'آشتون\n كارتر', why: 'with the page whitespace' },
  ])('$why', ({ html, needle }) => {
    const [block] = collect(html);
    if (block === undefined) throw new Error('no block collected');
    const start = block.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(rangeText(block, start, start + needle.length)).toBe(needle);
  });

  it('maps every non-empty range of a multi-node block to the same text', () => {
    const [block] = collect('<p>أ<b>ب<i>ج</i></b><a>دهـ</a>و</p>');
    if (block === undefined) throw new Error('no block collected');
    for (let start = 0; start < block.text.length; start++) {
      for (let end = start + 1; end <= block.text.length; end++) {
        expect(rangeText(block, start, end)).toBe(block.text.slice(start, end));
      }
    }
  });

  // <b>ab</b><i>cd</i>: the first node holds [0,2), the second [2,4).
  it.each([
    { start: 2, end: 4, expected: ['cd', 0, 'cd', 2], why: 'a start on the boundary begins the later node' },
    { start: 0, end: 2, expected: ['ab', 0, 'ab', 2], why: 'an end on the boundary ends the earlier node' },
    { start: 1, end: 3, expected: ['ab', 1, 'cd', 1], why: 'a range across the boundary spans both' },
    { start: 0, end: 4, expected: ['ab', 0, 'cd', 2], why: 'the whole block' },
  ])('$why', ({ start, end, expected }) => {
    const [block] = collect('<p><b>ab</b><i>cd</i></p>');
    const mapped = block && blockRange(block, start, end);
    expect(
      mapped && [mapped.startContainer.data, mapped.startOffset, mapped.endContainer.data, mapped.endOffset],
    ).toEqual(expected);
  });

  it.each([
    { start: -1, end: 2, why: 'a negative start' },
    { start: 0, end: 5, why: 'an end past the text' },
    { start: 2, end: 2, why: 'an empty range' },
    { start: 3, end: 2, why: 'a reversed range' },
    { start: 0.5, end: 2, why: 'a fractional offset' },
  ])('returns null for $why', ({ start, end }) => {
    const [block] = collect('<p><b>ab</b><i>cd</i></p>');
    expect(block && blockRange(block, start, end)).toBeNull();
  });

  it('returns null once a Text node changed length since collection', () => {
    const [block] = collect('<p><b>ab</b><i>cd</i></p>');
    const text = document.querySelector('i')?.firstChild;
    if (block === undefined || text === null || text === undefined) throw new Error('fixture');
    text.textContent = 'c';
    expect(blockRange(block, 0, 2)).not.toBeNull();
    expect(blockRange(block, 1, 3)).toBeNull();
  });
});

describe('collectTextBlocks: maxChars', () => {
  it.each([
    {
      html: '<p>أب</p><p>جد</p><p>هو</p>',
      maxChars: 2,
      expected: ['أب'],
      why: 'stops when the budget is met',
    },
    {
      html: '<p>أب</p><p>جد</p><p>هو</p>',
      maxChars: 3,
      expected: ['أب', 'جد'],
      why: 'never splits a node, so it may run over',
    },
    {
      html: '<p><b>أب</b><i>جد</i></p><p>هو</p>',
      maxChars: 1,
      expected: ['أب'],
      why: 'cuts the last block at a node boundary',
    },
    {
      html: '<p>أب</p>\n\n\n<p>جد</p>',
      maxChars: 3,
      expected: ['أب', 'جد'],
      why: 'dropped whitespace-only blocks do not count',
    },
    { html: '<p>أب</p>', maxChars: 0, expected: [], why: 'a zero budget collects nothing' },
    {
      html: '<p>أب</p><p>جد</p>',
      maxChars: 100,
      expected: ['أب', 'جد'],
      why: 'a large budget changes nothing',
    },
  ])('$why', ({ html, maxChars, expected }) => {
    expect(texts(html, { maxChars })).toEqual(expected);
  });
});

describe('collectTextBlocks: shadow roots', () => {
  function host(html: string, shadowHtml: string, mode: ShadowRootMode = 'open'): Element {
    document.body.innerHTML = html;
    const el = document.getElementById('host');
    if (el === null) throw new Error('fixture has no #host');
    el.attachShadow({ mode }).innerHTML = shadowHtml;
    return el;
  }

  it('collects an open shadow root as its own blocks, in document order', () => {
    host('<p>قبل</p><div id="host"></div><p>بعد</p>', '<p>داخل <b>الظل</b></p><style>p{}</style>');
    expect(collectTextBlocks(document.body).map((block) => block.text)).toEqual(['قبل', 'داخل الظل', 'بعد']);
  });

  it('does not join shadow text with the light text around an inline host', () => {
    host('<p>قبل <span id="host"></span> بعد</p>', 'ظل');
    expect(collectTextBlocks(document.body).map((block) => block.text)).toEqual(['قبل ', 'ظل', ' بعد']);
  });

  it('cannot see into a closed shadow root', () => {
    host('<p>قبل</p><div id="host"></div>', '<p>مغلق</p>', 'closed');
    expect(collectTextBlocks(document.body).map((block) => block.text)).toEqual(['قبل']);
  });

  it('walks nested shadow roots and maps their offsets to real Ranges', () => {
    const outer = host('<div id="host"></div>', '<p>خارج</p><div id="inner"></div>');
    const inner = outer.shadowRoot?.getElementById('inner');
    inner?.attachShadow({ mode: 'open' }).append('آشتون', document.createElement('b'));
    inner?.shadowRoot?.querySelector('b')?.append(' كارتر');
    const blocks = collectTextBlocks(document.body);
    expect(blocks.map((block) => block.text)).toEqual(['خارج', 'آشتون كارتر']);
    const last = blocks[1];
    const start = last?.text.indexOf('تون ك') ?? -1;
    expect(last && rangeText(last, start, start + 5)).toBe('تون ك');
  });

  it('takes a shadow root as the root, and skips what it should inside it', () => {
    const el = host('<div id="host"></div>', '<p>نص<script>x</script></p><p hidden>خفي</p>');
    const shadow = el.shadowRoot;
    expect(shadow && collectTextBlocks(shadow).map((block) => block.text)).toEqual(['نص']);
  });

  it('tells of the elements it reads that may be given a shadow root later, and of the open roots it enters', () => {
    // Custom elements, and empty elements of the kinds attachShadow takes (not an <img>, not one with text or
    // elements in it).
    host(
      '<news-box id="host"></news-box><news-box id="bare">نص</news-box><div>نص</div>' +
        '<div id="empty"> </div><span id="icon"></span><p><b id="bold"></b></p><img id="image">',
      '<p>ظل</p>',
    );
    const rootless: string[] = [];
    const roots: string[] = [];
    collectTextBlocks(document.body, {
      onRootless: (el) => rootless.push(el.id),
      onShadowRoot: (root) => roots.push(root.host.id),
    });
    expect({ rootless, roots }).toEqual({ rootless: ['bare', 'empty', 'icon'], roots: ['host'] });
  });
});

describe('collectTextBlocks: edge cases', () => {
  it.each([
    { html: '', why: 'an empty body' },
    { html: '   \n\t  ', why: 'a whitespace-only body' },
    { html: '<p> </p><div>\n<span>\t</span></div><br><hr>', why: 'elements holding only whitespace' },
  ])('collects no block from $why', ({ html }) => {
    expect(texts(html)).toEqual([]);
  });

  it.each([
    { tag: 'span', expected: ['قبل عميق', 'بعد'], why: 'inline' },
    { tag: 'div', expected: ['قبل ', 'عميق', 'بعد'], why: 'block' },
  ])('collects 10,000 nested $why elements without overflowing the stack', ({ tag, expected }) => {
    document.body.innerHTML = '<p>بعد</p>';
    const top = document.createElement(tag);
    document.body.prepend(top);
    top.append('قبل ');
    // Built, and torn down, one connected level at a time: happy-dom connects and disconnects subtrees
    // recursively, so neither innerHTML nor removing the top element would survive 10,000 levels.
    const levels: Element[] = [top];
    for (let depth = 1; depth < 10_000; depth++) {
      const child = document.createElement(tag);
      levels.at(-1)?.append(child);
      levels.push(child);
    }
    levels.at(-1)?.append('عميق');
    const blocks = collectTextBlocks(document.body);
    expect(blocks.map((block) => block.text)).toEqual(expected);
    const deep = blocks.find((block) => block.text.endsWith('عميق'));
    expect(deep && rangeText(deep, deep.text.length - 4, deep.text.length)).toBe('عميق');
    for (const level of levels.reverse()) level.remove();
  });
});
