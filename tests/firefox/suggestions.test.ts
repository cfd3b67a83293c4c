/**
 * Names the glossary lacks, in Firefox: the page reader imports the name finder (page-names.js, 3 MB of
 * models) from the extension, paints the unknown name with the suggestion highlight, and its card says it is
 * not in the glossary, as tests/browser/suggestions.test.ts checks in Chromium.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  articleToHtml,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  readCard,
  readHighlights,
  testRoutes,
  UNKNOWN_NAME,
  unknownNameArticle,
} from '../browser/harness';
import { FIREFOX_TIMEOUT_MS, probed, useFirefox } from './harness';

const started = useFirefox(() => ({
  ...testRoutes(),
  '/unknown-name': { body: articleToHtml(unknownNameArticle()) },
}));

describe('name suggestions in Firefox', () => {
  it(
    'paints a name the glossary lacks as a suggestion, whose card says so',
    async () => {
      const { firefox, server } = started();
      const page = await firefox.browser.newPage();
      await page.goto(server.url('/unknown-name'));
      const probe = probed(page);
      await vi.waitFor(
        async () => expect((await readHighlights(probe))['dalil-suggested']).toContain(UNKNOWN_NAME),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      expect((await readHighlights(probe))['dalil-person']).toContain('عباس عراقجي');
      expect((await readHighlights(probe))['dalil-person']).not.toContain(UNKNOWN_NAME);

      const rect = await highlightRect(probe, { name: 'dalil-suggested' });
      if (rect === null) throw new Error('the suggestion has no box on screen');
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await vi.waitFor(async () => expect((await readCard(probe))?.text).toContain('Not in your glossary'), {
        timeout: 10_000,
        interval: 100,
      });
      expect((await readCard(probe))?.text).toMatch(/Abdel|Abd/);
      await page.close();
    },
    FIREFOX_TIMEOUT_MS,
  );
});
