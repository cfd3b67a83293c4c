// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { createPageHighlighter } from '../../lib/page/page-highlighter';
import { recordingPainter } from './recording-painter';

const ENTRIES: GlossaryEntry[] = [
  { id: 'carter', ar: 'آشتون كارتر', en: 'Ashton Carter', type: 'person', variants: ['كارتر'] },
  { id: 'paris', ar: 'باريس', en: 'Paris', type: 'place', variants: [] },
  { id: 'fallon', ar: 'مايكل فالون', en: 'Michael Fallon', type: 'person', variants: [] },
  { id: 'minister', ar: 'وزير الدفاع', en: 'Defence Minister', type: 'title', variants: [] },
];

function setup(html: string, sliceMs = 12) {
  document.body.innerHTML = html;
  const recorder = recordingPainter();
  let yields = 0;
  const highlighter = createPageHighlighter({
    matcher: createMatcher(ENTRIES),
    entryAt: (index) => ENTRIES[index],
    painter: recorder.painter,
    skipElement: (el) => el.hasAttribute('data-dalil-ui'),
    yieldToMain: async () => {
      yields++;
    },
    sliceMs,
  });
  return { highlighter, ...recorder, yields: () => yields };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createPageHighlighter', () => {
  it('paints what the page is shown in the registry, the reader’s difference apart, and covers what the reader lacks', async () => {
    document.body.innerHTML = '<p>زار كارتر باريس.</p><p>قال مايكل فالون ذلك.</p><p>وصل وزير الدفاع.</p>';
    // The reader took Carter's short form off and added Fallon; the page is shown the glossary without either.
    const readers = [{ ...(ENTRIES[0] as GlossaryEntry), variants: [] }, ...ENTRIES.slice(1)];
    const shipped = ENTRIES.filter((entry) => entry.id !== 'fallon');
    const registry = recordingPainter();
    const apart = new Map<AbstractRange, string>();
    const asked: string[] = [];
    const shownMatcher = createMatcher(shipped);
    const highlighter = createPageHighlighter({
      matcher: createMatcher(readers),
      entryAt: (index) => readers[index],
      painter: registry.painter,
      shown: {
        // The last block holds no difference: the reader's reading is what the page is shown there.
        match: (text) => {
          asked.push(text);
          return text.includes('وزير') ? null : shownMatcher.match(text);
        },
        entryAt: (index) => shipped[index],
        apart: {
          add: (range, entry) => void apart.set(range, entry.type),
          cover: (range) => void apart.set(range, 'covered'),
          remove: (range) => void apart.delete(range),
          focus: () => {},
          clear: () => apart.clear(),
        },
      },
      skipElement: () => false,
      yieldToMain: async () => {},
    });
    await highlighter.scan(document.body);
    expect(registry.painted().sort()).toEqual(['باريس', 'كارتر', 'وزير الدفاع'].sort());
    const text = (range: AbstractRange) => (range as Range).toString();
    expect([...apart].map(([range, kind]) => [text(range), kind])).toEqual([
      ['كارتر', 'covered'],
      ['مايكل فالون', 'person'],
    ]);
    // The reader's entities alone are theirs to hover and list.
    expect(highlighter.all().map((item) => item.entry.id)).toEqual(['paris', 'fallon', 'minister']);
    expect(asked).toHaveLength(3);
    // Taken down with their block, from both painters.
    document.querySelector('p')?.remove();
    await highlighter.update([document.body]);
    expect(registry.painted()).toEqual(['وزير الدفاع']);
    expect([...apart.values()]).toEqual(['person']);
  });

  it('reads the page again with a matcher that finds more, repainting only the blocks that changed', async () => {
    document.body.innerHTML = '<p>زار كارتر باريس.</p><p>قال مايكل فالون ذلك.</p>';
    const recorder = recordingPainter();
    // The second reading knows Fallon too, as a page's suggestions add names the glossary lacked.
    let known = ENTRIES.slice(0, 2);
    const removed: string[] = [];
    const highlighter = createPageHighlighter({
      matcher: { ...createMatcher(ENTRIES), match: (text) => createMatcher(known).match(text) },
      entryAt: (index) => known[index],
      painter: {
        ...recorder.painter,
        remove: (range, entry) => {
          removed.push(entry.type);
          recorder.painter.remove(range, entry);
        },
      },
      skipElement: () => false,
      yieldToMain: async () => {},
    });
    await highlighter.scan(document.body);
    const before = highlighter.all();
    expect(before.map((item) => item.entry.id)).toEqual(['carter', 'paris']);
    known = [...known, ENTRIES[2] as GlossaryEntry];
    await highlighter.reread(document.body);
    const after = highlighter.all();
    expect(after.map((item) => item.entry.id)).toEqual(['carter', 'paris', 'fallon']);
    // The first paragraph's entities are the very ones painted before: nothing there was taken down.
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[0]).toBe(before[0]);
    expect(removed).toEqual([]);
    expect(recorder.painted()).toEqual(['كارتر', 'باريس', 'مايكل فالون']);
  });

  it('paints entities across inline elements with the type of their entry', async () => {
    const { highlighter, painted, ranges } = setup(
      '<p>وصل <a href="#">آشتون</a> كارتر إلى <b>ب</b>باريس.</p>',
    );
    await highlighter.scan(document.body);
    expect(painted()).toEqual(['آشتون كارتر', 'بباريس']);
    expect([...ranges.values()]).toEqual(['person', 'place']);
  });

  it('does not paint the extension’s own UI', async () => {
    const { highlighter, painted } = setup('<p>باريس</p><div data-dalil-ui>كارتر</div>');
    await highlighter.scan(document.body);
    expect(painted()).toEqual(['باريس']);
  });

  it('yields between slices of a long page and still paints everything', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>الفقرة ${i}: زار كارتر باريس.</p>`).join('');
    const { highlighter, painted, yields } = setup(paragraphs, 0);
    await highlighter.scan(document.body);
    expect(painted()).toHaveLength(600);
    expect(yields()).toBeGreaterThan(100);
  });

  it('finds the entity under a caret position', async () => {
    const { highlighter } = setup('<p>قال <a>آشتون</a> كارتر</p>');
    await highlighter.scan(document.body);
    const link = document.querySelector('a')?.firstChild as Text;
    expect(highlighter.at(link, 2)?.entry.en).toBe('Ashton Carter');
    expect(highlighter.at(document.querySelector('p')?.firstChild as Text, 1)).toBeNull();
  });

  it('paints paragraphs added later without painting the old ones twice', async () => {
    const { highlighter, painted } = setup('<div id="feed"><p>باريس</p></div>');
    await highlighter.scan(document.body);
    const added = document.createElement('p');
    added.textContent = 'وصل وزير الدفاع مايكل فالون';
    document.getElementById('feed')?.append(added);
    await highlighter.update([added]);
    expect(painted()).toEqual(['باريس', 'وزير الدفاع', 'مايكل فالون']);
    await highlighter.update([added]);
    expect(painted()).toHaveLength(3);
  });

  it('re-reads a block whose text changed, catching a name completed by an inline addition', async () => {
    const { highlighter, painted } = setup('<p id="p">وصل آشتون</p>');
    await highlighter.scan(document.body);
    expect(painted()).toEqual([]);
    const tail = document.createElement('b');
    tail.textContent = ' كارتر';
    document.getElementById('p')?.append(tail);
    await highlighter.update([tail]);
    expect(painted()).toEqual(['آشتون كارتر']);
  });

  it('drops the highlights of removed or edited text', async () => {
    const { highlighter, painted } = setup('<p id="a">باريس</p><p id="b">كارتر</p>');
    await highlighter.scan(document.body);
    document.getElementById('a')?.remove();
    (document.getElementById('b')?.firstChild as Text).data = 'لا شيء هنا';
    await highlighter.update([]);
    expect(painted()).toEqual([]);
    expect(highlighter.all()).toEqual([]);
  });

  it('stops a running scan when cleared', async () => {
    const paragraphs = Array.from({ length: 50 }, () => '<p>باريس</p>').join('');
    const { highlighter, painted } = setup(paragraphs, 0);
    const scanning = highlighter.scan(document.body);
    highlighter.clear();
    await scanning;
    expect(painted().length).toBeLessThanOrEqual(1);
  });

  it('lets an update asked for during a scan wait for it: a changed block is painted once', async () => {
    const paragraphs = Array.from({ length: 50 }, () => '<p>باريس</p>').join('');
    const { highlighter, painted } = setup(paragraphs, 0);
    const scanning = highlighter.scan(document.body);
    const late = document.querySelectorAll('p')[45]?.firstChild as Text;
    late.data = 'في باريس';
    const updating = highlighter.update([late]);
    await Promise.all([scanning, updating]);
    expect(painted()).toHaveLength(50);
  });

  it('lists every entity in document order', async () => {
    const { highlighter } = setup('<p>باريس</p><p>كارتر ثم باريس</p>');
    await highlighter.scan(document.body);
    expect(highlighter.all().map((item) => item.entry.en)).toEqual(['Paris', 'Ashton Carter', 'Paris']);
  });

  it('re-reads only the changed run of text straight under <body>, never the whole page', async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `<p>الفقرة ${i}: زار كارتر باريس.</p>`).join('');
    document.body.innerHTML = `${paragraphs}<span id="clock">10:00</span> في باريس <p>آخر</p>`;
    const matcher = createMatcher(ENTRIES);
    let read = 0;
    const recorder = recordingPainter();
    const highlighter = createPageHighlighter({
      matcher: {
        ...matcher,
        match: (text) => {
          read += text.length;
          return matcher.match(text);
        },
      },
      entryAt: (index) => ENTRIES[index],
      painter: recorder.painter,
      skipElement: () => false,
      yieldToMain: async () => {},
    });
    await highlighter.scan(document.body);
    expect(recorder.painted()).toHaveLength(401);
    read = 0;
    const clock = document.getElementById('clock')?.firstChild as Text;
    clock.data = '10:01';
    await highlighter.update([clock]);
    // The clock's run (the span and the words after it), not the 200 paragraphs.
    expect(read).toBe('10:01 في باريس '.length);
    expect(recorder.painted()).toHaveLength(401);
    expect(highlighter.all().at(-1)?.block.text).toBe('10:01 في باريس ');
  });
});
