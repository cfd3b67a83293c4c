import { afterEach, beforeEach } from 'vitest';
import type { GlossaryFile } from '../../lib/glossary/schema';
import { type FakeBackground, fakeBackground } from './options-harness';

/**
 * A fresh fake background (tests/unit/options-harness.ts) for each test of the file, closed after it, for
 * the tests of the handlers themselves.
 */
export function useBackground(bundled: GlossaryFile) {
  let current: FakeBackground | null = null;
  beforeEach(async () => {
    current = await fakeBackground(bundled);
  });
  afterEach(() => current?.close());
  const background = (): FakeBackground => {
    if (current === null) throw new Error('useBackground: only inside a test');
    return current;
  };
  return {
    background,
    send: ((request, more) => background().send(request, more)) as FakeBackground['send'],
  };
}
