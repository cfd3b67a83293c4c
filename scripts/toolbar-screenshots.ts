/**
 * `npm run toolbar-screenshots`: the seed article in a real Chromium and Firefox window, each with the
 * built extension's button in its toolbar, saved as demo-output/toolbar-chromium.png and
 * toolbar-firefox.png. Headless browsers draw no toolbar, so the windows open on a virtual display of
 * their own (Debian's xvfb; x11-apps' xwd and imagemagick's convert take the picture).
 *
 * Chromium shows an extension's button only once it is pinned, which a person does from the puzzle menu:
 * here the profile's preference is set between a first launch (that learns the extension's id) and the
 * second. Firefox's button is in the toolbar by the manifest's `default_area` (wxt.config.ts).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleToHtml } from './lib/article-html';
import { launchWithExtension } from './lib/chromium';
import { evaluatorOf, launchFirefoxWithExtension } from './lib/firefox';
import { type ProbedPage, settledHighlights } from './lib/page-probes';
import { startServer } from './lib/serve';

const OUTPUT = 'demo-output';
const DISPLAY = ':97';
const WAIT_MS = 20_000;

function requireTools(): void {
  for (const tool of ['Xvfb', 'xwd', 'convert']) {
    try {
      execFileSync('which', [tool], { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} is missing: apt-get install -y xvfb x11-apps imagemagick`);
    }
  }
}

/** The virtual display, once it accepts clients (xwd can read its root window). */
async function startDisplay(): Promise<ChildProcess> {
  const server = spawn('Xvfb', [DISPLAY, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      execFileSync('xwd', ['-root', '-silent', '-display', DISPLAY], { stdio: 'ignore' });
      return server;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`Xvfb did not start on ${DISPLAY}: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Waits for the page to be highlighted and painted, then saves the whole display. */
async function capture(page: ProbedPage, file: string): Promise<void> {
  if ((await settledHighlights(page, WAIT_MS)).length === 0)
    throw new Error(`${file}: nothing got highlighted`);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
  const xwd = execFileSync('xwd', ['-root', '-silent', '-display', DISPLAY], { maxBuffer: 64 * 1024 * 1024 });
  execFileSync('convert', ['xwd:-', join(OUTPUT, file)], { input: xwd });
  console.log(`saved ${join(OUTPUT, file)}`);
}

async function chromiumShot(url: string): Promise<void> {
  const first = await launchWithExtension({ headless: false });
  const { extensionId, userDataDir } = first;
  await first.close({ keepProfile: true });
  const preferences = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(preferences, 'utf8')) as { extensions?: Record<string, unknown> };
  prefs.extensions = { ...prefs.extensions, pinned_extensions: [extensionId] };
  writeFileSync(preferences, JSON.stringify(prefs));
  const browser = await launchWithExtension({ headless: false, userDataDir });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(url);
    await capture(page, 'toolbar-chromium.png');
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function firefoxShot(url: string): Promise<void> {
  const firefox = await launchFirefoxWithExtension({ headless: false });
  try {
    const [page] = await firefox.browser.pages();
    if (page === undefined) throw new Error('Firefox opened no window');
    await page.goto(url);
    await capture(evaluatorOf(page), 'toolbar-firefox.png');
  } finally {
    await firefox.close();
  }
}

requireTools();
mkdirSync(OUTPUT, { recursive: true });
const display = await startDisplay();
process.env.DISPLAY = DISPLAY;
const server = await startServer({
  '/article': { body: articleToHtml(readFileSync(join('seeds', '000_3b94b23d1bbcb671.txt'), 'utf8')) },
});
try {
  await chromiumShot(server.url('/article'));
  await firefoxShot(server.url('/article'));
} finally {
  await server.close();
  display.kill();
}
