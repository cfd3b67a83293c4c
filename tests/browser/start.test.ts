/**
 * `npm start` as a reader runs it without a display (after `npm run build`): it prints each entity the
 * extension highlighted on the seed article with its English, as the README says, and saves its screenshots.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_TIMEOUT_MS, requireBuild } from './harness';

const run = promisify(execFile);
const LBC_PAGE = join('..', 'shared', 'corpus', 'pages', 'ar-news_lbcgroup-2026.html');
const output = mkdtempSync(join(tmpdir(), 'dalil-demo-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

describe('npm start, headless', () => {
  it(
    'prints every entity with its English, type and count, and saves the page, the cards, the popup and the options page (also in Arabic)',
    async () => {
      requireBuild();
      const { stdout } = await run('npx', ['tsx', 'scripts/start.ts'], {
        env: { ...process.env, DISPLAY: '', DALIL_DEMO_OUTPUT: output },
        timeout: BROWSER_TIMEOUT_MS,
      });
      const lines = stdout.split('\n');
      expect(lines).toContainEqual(expect.stringMatching(/^ {2}Arabic as written +English +type +count$/));
      expect(lines).toContainEqual(expect.stringMatching(/^ {2}.*كارتر.* +Ashton Carter +person +\d+$/));
      expect(lines).toContainEqual(
        expect.stringMatching(/^ {2}.*لودريان.* +Jean-Yves Le Drian +person +\d+$/),
      );
      // The popup is of the LBC article where ../shared has it, else of the seed article.
      const popup = existsSync(LBC_PAGE) ? 'popup-lbc' : 'popup';
      const shots = [
        'page',
        'card',
        'card-edge-light',
        'card-edge-dark',
        `${popup}-light`,
        `${popup}-dark`,
        'options',
        `${popup}-ar`,
        'options-ar',
        'card-ar',
      ];
      expect(shots.filter((name) => !existsSync(join(output, `${name}.png`)))).toEqual([]);
      // An empty window compresses to a few kilobytes; a page, a card or a list of entities to tens of them.
      expect(shots.filter((name) => statSync(join(output, `${name}.png`)).size < 20_000)).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );
});
