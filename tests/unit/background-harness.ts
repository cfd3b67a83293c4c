import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, type Mock, vi } from 'vitest';
import { handleRequest, type RequestContext } from '../../lib/background/handle-request';
import type { GlossaryFile } from '../../lib/glossary/schema';
import { parseBackgroundRequest } from '../../lib/messages/background-request';
import type { BackgroundRequest, ReplyTo } from '../../lib/messages/protocol';
import { openDalilDb } from '../../lib/store/db';
import type { DalilDb } from '../../lib/store/schema';

export interface Background {
  db: DalilDb;
  context: RequestContext;
  /** The context's glossaryChanged: called when open pages must read the glossary again. */
  changes: Mock<() => void>;
}

/**
 * The background over a fresh store (fake-indexeddb) for each test of the file, closed after it; `send`
 * passes a request as the background receives a message: validated, answered, and the reply cloned.
 */
export function useBackground(bundled: GlossaryFile) {
  let current: Background | null = null;
  beforeEach(async () => {
    const db = await openDalilDb({ indexedDB: new IDBFactory() });
    const changes = vi.fn<() => void>();
    const context: RequestContext = {
      db,
      bundled,
      incognito: false,
      openOptions: vi.fn(async () => {}),
      glossaryChanged: changes,
      sitesChanged: vi.fn<() => void>(),
    };
    current = { db, context, changes };
  });
  afterEach(() => current?.db.close());
  const background = (): Background => {
    if (current === null) throw new Error('useBackground: only inside a test');
    return current;
  };
  return {
    background,
    async send<R extends BackgroundRequest>(
      request: R,
      more: Partial<RequestContext> = {},
    ): Promise<ReplyTo<R>> {
      const parsed = parseBackgroundRequest(structuredClone(request));
      if (parsed === null) throw new Error(`refused: ${JSON.stringify(request)}`);
      return structuredClone(await handleRequest(parsed as R, { ...background().context, ...more }));
    },
  };
}
