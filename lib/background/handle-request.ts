import { toGlossaryEntry } from '../glossary/entry-fields';
import { buildLookup, type Lookup, lookUp } from '../glossary/lookup';
import { type GlossaryEntry, type GlossaryFile, SUGGESTION_ID_PREFIX } from '../glossary/schema';
import { toSourced, validateEntries } from '../glossary/validate';
import type { SenderPage } from '../messages/background-request';
import type {
  AddRequest,
  BackgroundRequest,
  EntryView,
  HistoryStatsView,
  PutReply,
  Replies,
  SightingView,
} from '../messages/protocol';
import {
  addUserEntry,
  deleteEntry,
  importEntries,
  listEntries,
  mergeBundled,
  type PutResult,
  putUserEntry,
  resetToBundled,
  restoreEntry,
} from '../store/entries';
import { toRecord } from '../store/entry-record';
import type { DalilDb, StoredEntry } from '../store/schema';
import { readSettings, writeSettings } from '../store/settings';
import {
  clearHistory,
  countForEntry,
  forgetSite,
  historyKeepDays,
  historyStats,
  isHistoryPaused,
  otherPagesForEntry,
  pruneHistory,
  recordSightings,
  setHistoryKeepDays,
  setHistoryPaused,
  sightingsForEntry,
} from '../store/sightings';
import { siteOfUrl } from '../store/site-key';
import { getSiteMode, getWholePage, setSiteMode, setWholePage } from '../store/sites';
import { highlightStyles } from './highlight-styles';
import { pageAddress } from './page-address';
import { readerGlossary } from './reader-glossary';

/** What a handler knows besides the request: the database, the bundled glossary, where the message came from. */
export interface RequestContext {
  db: DalilDb;
  bundled: GlossaryFile;
  /**
   * The web page a content script's message came from (from the browser's sender, see senderPage); null for
   * the extension's own pages. `web-page` requests are answered about this page alone.
   */
  page: SenderPage | null;
  openOptions(entryId?: string): Promise<void>;
  /** Opens the add window for a drafted name (`add/open`). */
  openAdd(request: AddRequest): Promise<void>;
  /** The request an add window was opened with, once (lib/background/add-requests.ts). */
  takeAdd(token: string): AddRequest | null;
  /** Called after a write that changed the glossary, so open pages can highlight anew. */
  glossaryChanged(): void;
  /** Called after a site's mode changed, so the sites set to "always" can be registered anew. */
  sitesChanged(): void;
  /** The highlight stylesheet (components/highlights.css), a template of `dalil-KIND` names. */
  highlightCss: string;
  /** Injects a stylesheet into the sender page's frame (scripting.insertCSS). */
  insertCss(page: SenderPage, css: string): Promise<void>;
}

/** A stored entry without the store's index fields, for the options page. */
function toEntryView(record: StoredEntry): EntryView {
  const { origin, edited, createdAt, updatedAt } = record;
  return { ...toGlossaryEntry(record), origin, edited, createdAt, updatedAt };
}

function putReply(result: PutResult): PutReply {
  return result.ok ? { ok: true, entry: toEntryView(result.entry) } : result;
}

/** Puts a deleted entry back, after checking it is still a good entry (it came back from a page). */
async function restore(db: DalilDb, view: EntryView): Promise<PutReply> {
  const checked = validateEntries([toSourced(view, 1)]);
  const entry = checked.entries[0];
  if (entry === undefined || checked.problems.length > 0) return { ok: false, problems: checked.problems };
  const { origin, edited, createdAt, updatedAt } = view;
  return putReply(await restoreEntry(db, toRecord(entry, { origin, edited, createdAt, updatedAt })));
}

/**
 * The look-up index of the stored glossary, built on the first search and kept until the glossary changes:
 * a look-up per keystroke then reads no database. Built from the database again when the service worker
 * restarts, so it never holds anything the database does not.
 */
const lookups = new WeakMap<DalilDb, Promise<Lookup<StoredEntry>>>();

/** Glossary look-up, ranked and forgiving (lib/glossary/lookup.ts). */
async function searchGlossary(db: DalilDb, query: string, limit: number): Promise<GlossaryEntry[]> {
  let lookup = lookups.get(db);
  if (lookup === undefined) {
    lookup = listEntries(db).then(buildLookup);
    lookups.set(db, lookup);
    lookup.catch(() => lookups.delete(db));
  }
  return lookUp(await lookup, query, { limit }).map(toGlossaryEntry);
}

/** Merges the bundled glossary when it is new, forgetting the look-up index when that changed anything. */
async function merge(context: RequestContext): Promise<void> {
  const counts = await mergeBundled(context.db, context.bundled);
  if (Object.values(counts).some((count) => count > 0)) lookups.delete(context.db);
}

/** The sender's page, for a `web-page` request (mayRequest lets no other sender make one). */
function pageOf(context: RequestContext): SenderPage {
  if (context.page === null) throw new Error('a web page request without a web page');
  return context.page;
}

/** The sender page's site, as the sites store keys it. */
function siteOf(page: SenderPage): string {
  const site = siteOfUrl(page.url);
  if (site === null) throw new Error('a web page without a site');
  return site;
}

async function stats(db: DalilDb): Promise<HistoryStatsView> {
  const { total, sites } = await historyStats(db);
  const keepDays = (await historyKeepDays(db)) as HistoryStatsView['keepDays'];
  return { total, sites, paused: await isHistoryPaused(db), keepDays };
}

/**
 * Answers one validated request. The browser may stop the service worker at any moment, so every answer
 * comes from the database; the one thing kept between requests, the look-up index, is rebuilt from it.
 */
export async function handleRequest<R extends BackgroundRequest>(
  request: R,
  context: RequestContext,
): Promise<Replies[R['type']]> {
  const { db } = context;
  const glossaryChanged = () => {
    lookups.delete(db);
    context.glossaryChanged();
  };
  /** Passes a write's result through, telling open pages when it went through. */
  const changed = <T extends { ok: boolean }>(result: T): T => {
    if (result.ok) glossaryChanged();
    return result;
  };
  const reply = async (): Promise<Replies[BackgroundRequest['type']]> => {
    switch (request.type) {
      case 'glossary/get': {
        // Cheap when nothing changed (one read of the stored version); merges after an install or update.
        await merge(context);
        // What the reader changed is marked, so the page reader paints it out of the page's sight.
        const glossary = readerGlossary(await listEntries(db), context.bundled.entries);
        return {
          entries: glossary.entries,
          pristine: glossary.pristine,
          version: context.bundled.glossaryVersion ?? '',
        };
      }
      case 'site/get': {
        const site = siteOf(pageOf(context));
        return { mode: await getSiteMode(db, site), wholePage: await getWholePage(db, site) };
      }
      case 'site/whole-page': {
        const page = pageOf(context);
        // As with the mode: nothing is kept from incognito, the choice holds while the page is open.
        if (page.incognito) return { wholePage: request.on };
        return { wholePage: await setWholePage(db, siteOf(page), request.on) };
      }
      case 'site/set': {
        const page = pageOf(context);
        // Nothing is kept from incognito: the mode holds for this page while it is open (the reader keeps it).
        if (page.incognito) return { mode: request.mode };
        const mode = await setSiteMode(db, siteOf(page), request.mode);
        context.sitesChanged();
        return { mode };
      }
      case 'sites/set': {
        const mode = await setSiteMode(db, request.host, request.mode);
        context.sitesChanged();
        return { mode };
      }
      case 'options/open':
        await context.openOptions(request.entryId);
        return { ok: true };
      case 'add/open':
        await context.openAdd({ kind: 'draft', draft: request.draft });
        return { ok: true };
      case 'add/take':
        return { request: context.takeAdd(request.token) };
      case 'sightings/record': {
        const page = pageOf(context);
        // The article is the top frame's; an embedded frame (an ad, a widget) is not a page the reader read.
        const url = pageAddress(page.url, request);
        if (page.incognito || !page.topFrame || url === null) return { written: 0 };
        return recordSightings(
          db,
          // A suggested name enters the history once it is added, under its glossary id.
          request.items
            .filter((item) => !item.entryId.startsWith(SUGGESTION_ID_PREFIX))
            .map((item) => ({
              ...item,
              url,
              title: request.title,
              visitId: request.visitId,
            })),
        );
      }
      case 'styles/insert': {
        const css = highlightStyles(context.highlightCss, request.names);
        if (css === null) return { ok: false };
        await context.insertCss(pageOf(context), css);
        return { ok: true };
      }
      case 'entry/seen':
        return {
          otherPages: await otherPagesForEntry(
            db,
            request.entryId,
            pageAddress(pageOf(context).url, request) ?? '',
          ),
        };
      case 'entry/history': {
        const rows = await sightingsForEntry(db, request.entryId, request.limit);
        const sightings: SightingView[] = rows.map(({ url, title, site, sentence, at }) => ({
          url,
          title,
          site,
          sentence,
          at,
        }));
        return { count: await countForEntry(db, request.entryId), sightings };
      }
      case 'entries/search':
        return { entries: await searchGlossary(db, request.query, request.limit) };
      case 'history/stats':
        return stats(db);
      case 'history/pause':
        await setHistoryPaused(db, request.paused);
        return stats(db);
      case 'history/keep':
        await setHistoryKeepDays(db, request.days);
        await pruneHistory(db);
        return stats(db);
      case 'history/forget-site':
        return { deleted: await forgetSite(db, request.host) };
      case 'history/clear':
        return { deleted: await clearHistory(db) };
      case 'entries/list':
        await merge(context);
        return { entries: (await listEntries(db)).map(toEntryView) };
      case 'entry/put':
        return changed(putReply(await putUserEntry(db, request.entry)));
      case 'entry/add':
        return changed(putReply(await addUserEntry(db, request.entry)));
      case 'entry/delete': {
        const deleted = await deleteEntry(db, request.id);
        if (deleted !== undefined) glossaryChanged();
        return { deleted: deleted === undefined ? null : toEntryView(deleted) };
      }
      case 'entry/restore':
        return changed(await restore(db, request.entry));
      case 'glossary/import':
        return changed(await importEntries(db, request.entries, request.mode));
      case 'glossary/reset': {
        const count = await resetToBundled(db, context.bundled);
        glossaryChanged();
        return { count };
      }
      case 'settings/get':
        return readSettings(db);
      case 'settings/set': {
        const settings = await writeSettings(db, request.settings);
        // Open pages highlight anew, so suggestions appear or go without a reload.
        context.glossaryChanged();
        return settings;
      }
    }
  };
  return (await reply()) as Replies[R['type']];
}
