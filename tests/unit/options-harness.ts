/**
 * The options page's tests run it against the real background handlers over a fake-indexeddb store: the
 * `ask` they pass in validates each request with parseBackgroundRequest and clones what crosses, as messaging does.
 */
import { inEnglish } from './in-english';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { type ComponentChild, render } from 'preact';
import { afterEach, beforeEach, type Mock, vi } from 'vitest';
import type { ExportedFile } from '../../components/ExportPanel';
import type { Previewer } from '../../components/import-previewer';
import { handleRequest, type RequestContext } from '../../lib/background/handle-request';
import { previewImport } from '../../lib/glossary/import-preview';
import type { GlossaryEntry, GlossaryFile } from '../../lib/glossary/schema';
import { mayRequest, parseBackgroundRequest, type SenderPage } from '../../lib/messages/background-request';
import type { AskBackground, BackgroundRequest, ReplyTo } from '../../lib/messages/protocol';
import { openDalilDb } from '../../lib/store/db';
import type { DalilDb } from '../../lib/store/schema';
import { entry } from './entry-factory';

export const PARIS = entry('باريس', 'باريس', 'Paris', {
  note: 'Capital of France',
  contexts: ['وصل الوفد إلى باريس'],
});
export const CAIRO = entry('القاهره', 'القاهرة', 'Cairo');
export const OBAMA = entry('باراك اوباما', 'باراك أوباما', 'Barack Obama', {
  type: 'person',
  variants: ['أوباما'],
});
export const NATO = entry('الناتو', 'الناتو', 'NATO', {
  type: 'organisation',
  variants: ['حلف شمال الأطلسي'],
});

export function bundledGlossary(entries: GlossaryEntry[] = [PARIS, CAIRO, OBAMA, NATO]): GlossaryFile {
  return { format: 'dalil-glossary', schemaVersion: 1, glossaryVersion: 'test-1', entries };
}

/** The fake extension's origin: requests without a page come from its options page. */
const EXTENSION_ORIGIN = 'chrome-extension://dalil-test/';

/** A request's context when a content script sends it from the top frame of this web page. */
export function fromPage(url: string, more: Partial<SenderPage> = {}): Partial<RequestContext> {
  const frameId = more.topFrame === false ? 3 : 0;
  return { page: { url, tabId: 1, frameId, topFrame: true, incognito: false, ...more } };
}

export interface FakeBackground {
  db: DalilDb;
  /** What the handlers are given; its callbacks are mocks. */
  context: RequestContext;
  ask: AskBackground;
  /** `ask` with parts of the context replaced for this one request (`fromPage`: sent by a web page). */
  send<R extends BackgroundRequest>(request: R, more?: Partial<RequestContext>): Promise<ReplyTo<R>>;
  /** Every request sent, in order. */
  sent: BackgroundRequest[];
  /** Calls of the "glossary changed" broadcast. */
  changes: Mock<() => void>;
  close(): void;
}

/**
 * The background's real handlers over a fresh store (fake-indexeddb): a request passes
 * parseBackgroundRequest as a message from another context does, and its reply structuredClone.
 */
export async function fakeBackground(bundled = bundledGlossary()): Promise<FakeBackground> {
  const db = await openDalilDb({ indexedDB: new IDBFactory() });
  const changes = vi.fn<() => void>();
  const sent: BackgroundRequest[] = [];
  const context: RequestContext = {
    db,
    bundled,
    page: null,
    highlightCss: '::highlight(dalil-person) { color: blue; }',
    insertCss: vi.fn(async () => {}),
    openOptions: vi.fn(async () => {}),
    openAdd: vi.fn(async () => {}),
    takeAdd: vi.fn(() => null),
    glossaryChanged: changes,
    sitesChanged: vi.fn<() => void>(),
  };
  async function send<R extends BackgroundRequest>(
    request: R,
    more: Partial<RequestContext> = {},
  ): Promise<ReplyTo<R>> {
    const parsed = parseBackgroundRequest(structuredClone(request));
    if (parsed === null) throw new Error(`refused: ${request.type}`);
    const page = more.page ?? context.page;
    // The sender the browser would report: the page's frame in a tab, or the options page.
    const sender =
      page === null
        ? { url: `${EXTENSION_ORIGIN}options.html` }
        : { url: page.url, frameId: page.frameId, tab: { id: page.tabId, incognito: page.incognito } };
    if (!mayRequest(parsed, sender, EXTENSION_ORIGIN)) throw new Error(`not allowed: ${request.type}`);
    sent.push(parsed);
    return structuredClone(await handleRequest(parsed as R, { ...context, ...more }));
  }
  const ask: AskBackground = (request) => send(request);
  return { db, context, ask, send, sent, changes, close: () => db.close() };
}

/** A fresh fake background before each test, the page at the options page's address; closed after. */
export function useOptionsBackground(): () => FakeBackground {
  let current: FakeBackground | null = null;
  beforeEach(async () => {
    history.replaceState(null, '', '/options.html');
    current = await fakeBackground();
  });
  afterEach(() => current?.close());
  return () => {
    if (current === null) throw new Error('useOptionsBackground: only inside a test');
    return current;
  };
}

/**
 * The import preview in place, as the page's worker runs it (entrypoints/options/preview-worker.ts), through
 * a structured clone as a worker's messages are.
 */
export const previewHere: Previewer = async (request, { onProgress }) =>
  structuredClone(previewImport({ ...structuredClone(request), onProgress }));

/** Downloads the page asked for, for the test to read. */
export function fakeDownload(): { download: (file: ExportedFile) => void; files: ExportedFile[] } {
  const files: ExportedFile[] = [];
  return { download: (file) => files.push(file), files };
}

export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(inEnglish(node), root);
  return root;
}

export function unmount(root: HTMLElement): void {
  render(null, root);
  root.remove();
}

/** Lets Preact render what the last events changed (it renders in a microtask, after the event's task). */
export function rendered(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function settle<T>(check: () => T, timeout = 3000): Promise<T> {
  return vi.waitFor(check, { timeout, interval: 10 });
}

/** Types into an input, select or textarea the way a person does (value, then the input/change event). */
export function fill(element: Element | null, value: string): void {
  if (
    !(
      element instanceof HTMLInputElement ||
      element instanceof HTMLTextAreaElement ||
      element instanceof HTMLSelectElement
    )
  )
    throw new Error(`not a field: ${element?.outerHTML}`);
  element.value = value;
  element.dispatchEvent(
    new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
}

export function button(root: ParentNode, text: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) =>
    typeof text === 'string'
      ? candidate.textContent?.trim() === text
      : text.test(candidate.textContent ?? ''),
  );
  if (found === undefined) throw new Error(`no button ${text}`);
  return found;
}

/** Chooses a file in a file input. */
export function chooseFile(input: Element | null, name: string, text: string): void {
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  const file = new File([text], name, { type: 'text/plain' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
