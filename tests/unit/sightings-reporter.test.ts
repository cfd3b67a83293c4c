import { describe, expect, it } from 'vitest';
import type { EntityMatch } from '../../lib/glossary/matcher';
import type { PaintedMatch } from '../../lib/page/page-highlighter';
import { createSightingsReporter, type SightingsRequest } from '../../lib/page/sightings-reporter';
import { entry } from './entry-factory';

const TEXT = 'وصل الوفد إلى باريس. ثم زار بغداد وباريس.';
const PARIS = entry('باريس', 'باريس', 'Paris');
const BAGHDAD = entry('بغداد', 'بغداد', 'Baghdad');

/** A painted entity where `surface` is found in TEXT from `from` on (only what the reporter reads). */
function painted(target: typeof PARIS, surface: string, from = 0): PaintedMatch {
  const start = TEXT.indexOf(surface, from);
  return {
    entry: target,
    match: { start, end: start + surface.length } as EntityMatch,
    block: { text: TEXT, segments: [] },
    range: {} as Range,
  };
}

function setup(url = 'https://www.example-news.com/a', canonical?: string) {
  const link = canonical === undefined ? null : ({ href: canonical } as HTMLLinkElement);
  const doc = {
    URL: url,
    title: 'مقال',
    querySelector: ((selector: string) =>
      selector === 'link[rel=canonical]' ? link : null) as Document['querySelector'],
  };
  const sent: SightingsRequest[] = [];
  const report = createSightingsReporter(doc, (request) => sent.push(request));
  return { doc, sent, report };
}

describe('createSightingsReporter', () => {
  it('reports each entity once per visit, with the sentence of its first mention', () => {
    const { sent, report } = setup();
    report([painted(PARIS, 'باريس')]);
    report([painted(PARIS, 'باريس'), painted(BAGHDAD, 'بغداد'), painted(PARIS, 'وباريس')]);
    report([painted(BAGHDAD, 'بغداد')]);
    expect(sent.map(({ items }) => items)).toEqual([
      [{ entryId: PARIS.id, sentence: 'وصل الوفد إلى باريس.' }],
      [{ entryId: BAGHDAD.id, sentence: 'ثم زار بغداد وباريس.' }],
    ]);
    // No address: the background takes the page's from the browser.
    expect(sent[0]).toMatchObject({ type: 'sightings/record', title: 'مقال' });
    expect(sent[0]).not.toHaveProperty('url');
    expect(sent[0]?.canonical).toBeUndefined();
  });

  it("passes on the page's canonical link, for the background to judge", () => {
    const { sent, report } = setup(
      'https://www.example-news.com/a?utm_source=x',
      'https://www.example-news.com/a',
    );
    report([painted(PARIS, 'باريس')]);
    expect(sent[0]?.canonical).toBe('https://www.example-news.com/a');
    // One visit: the same id on every report.
    expect(new Set(sent.map(({ visitId }) => visitId)).size).toBe(1);
  });

  it('starts a new visit, with every entity on the page, when the address changes (pushState)', () => {
    const { doc, sent, report } = setup('https://app.example/story/1');
    report([painted(PARIS, 'باريس')]);
    report([painted(PARIS, 'باريس')]);
    doc.URL = 'https://app.example/story/2';
    report([painted(PARIS, 'باريس'), painted(BAGHDAD, 'بغداد')]);
    expect(sent.map(({ items }) => items.map((item) => item.entryId))).toEqual([
      [PARIS.id],
      [PARIS.id, BAGHDAD.id],
    ]);
    expect(sent[0]?.visitId).not.toBe(sent[1]?.visitId);
  });

  it('gives each reporter (each page load) a visit of its own', () => {
    const first = setup();
    const second = setup();
    first.report([painted(PARIS, 'باريس')]);
    second.report([painted(PARIS, 'باريس')]);
    expect(first.sent[0]?.visitId).not.toBe(second.sent[0]?.visitId);
  });

  it('reads the title at each report, and keeps at most 500 characters of it', () => {
    const { doc, sent, report } = setup();
    doc.title = 'ع'.repeat(600);
    report([painted(PARIS, 'باريس')]);
    expect(sent[0]?.title).toBe('ع'.repeat(500));
  });

  it.each(['file:///home/article.html', 'chrome-extension://abc/options.html', 'about:blank'])(
    'records nothing from %s',
    (url) => {
      const { sent, report } = setup(url);
      report([painted(PARIS, 'باريس')]);
      expect(sent).toEqual([]);
    },
  );
});
