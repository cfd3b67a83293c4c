// @vitest-environment happy-dom
/** The popup's verdict line over a status as a page's content script sends it, odd replies included. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PageVerdict } from '../../components/PageVerdict';
import type { DetectionReason, PageStatus } from '../../lib/messages/protocol';
import { inEnglish } from './in-english';

const COUNTS = {
  letters: 1000,
  arabicScript: 990,
  latin: 10,
  hebrew: 0,
  persianOnly: 0,
  persianConsonants: 0,
  languages: { urdu: 0, sindhi: 0, pashto: 0, kurdish: 0, uyghur: 0 },
  tehMarbuta: 40,
};

function status(verdict: string, reasons: unknown[]): PageStatus {
  return {
    detection: {
      verdict: verdict as PageStatus['detection']['verdict'],
      isArabic: true,
      isNews: true,
      score: 7,
      reasons: reasons as DetectionReason[],
      counts: COUNTS,
    },
    siteMode: 'auto',
    active: true,
    counts: {},
    wholePage: false,
  };
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root !== null) render(null, root);
  root?.remove();
  root = null;
});

function shown(value: PageStatus): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  const noop = () => {};
  render(
    inEnglish(
      <PageVerdict
        status={value}
        host="example.com"
        busy={false}
        onToggle={noop}
        onSiteMode={noop}
        onWholePage={noop}
      />,
    ),
    root,
  );
  return root;
}

const reasons = (element: HTMLElement) =>
  [...element.querySelectorAll('.reasons li')].map((li) => li.textContent);

describe('the verdict line', () => {
  it("says the page's reasons", () => {
    const page = shown(status('arabic-news', [{ code: 'script-share', script: 'arabic', percent: 99 }]));
    expect(reasons(page)).toEqual(['99% of letters are Arabic script']);
  });

  it('leaves out what it cannot say, and still shows the rest: a reply from the page is not to be trusted', () => {
    const page = shown(
      status('arabic-news', [
        { code: 'made-up' },
        { code: 'script-share', script: 'klingon', percent: 5 },
        { code: 'news-cue', kind: 'gossip', count: 2, first: 'x' },
        'not even an object',
        { code: 'script-share', script: 'arabic', percent: 99 },
      ]),
    );
    expect(reasons(page)).toEqual(['99% of letters are Arabic script']);
    expect(page.querySelector('summary')?.textContent).toContain('Arabic news');
  });

  it('reads a verdict of no known kind as not Arabic', () => {
    const page = shown(status('martian', []));
    expect(page.querySelector('summary')?.textContent).toContain('Not Arabic news');
  });
});
