/**
 * `web-ext lint` (Mozilla's addons-linter, what addons.mozilla.org runs on an upload) on the Firefox build:
 * no errors, and no warning but those the README's Firefox section explains, listed here with the reason.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from '../../scripts/lib/firefox';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

/** Warnings read and kept: each one's code and message, and why it stays. */
const EXPLAINED: readonly { code: string; message: string; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'Unsafe assignment to innerHTML',
    why: "Preact's own dangerouslySetInnerHTML support, in the card and the pages; Dalil never passes it",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'Unsafe call to import for argument 0',
    why: "the add page imports the extension's own page-names.js, by its address under the page's origin",
  },
];

const run = promisify(execFile);

describe('web-ext lint on the Firefox build', () => {
  it('reports no error, and only the warnings the README explains', async () => {
    // web-ext exits non-zero when it finds errors; the JSON on stdout says which either way.
    const { stdout } = await run(
      'node_modules/.bin/web-ext',
      ['lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'],
      // No update check: a test makes no request beyond the machine.
      { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      errors: LintMessage[];
      warnings: LintMessage[];
      notices: LintMessage[];
    };
    expect(report.errors).toEqual([]);
    const unexplained = report.warnings.filter(
      (warning) =>
        !EXPLAINED.some((known) => known.code === warning.code && known.message === warning.message),
    );
    expect(unexplained).toEqual([]);
    expect(report.notices).toEqual([]);
  }, 60_000);
});
