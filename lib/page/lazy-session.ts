import type { PageSession, startPageSession } from './page-session';
import type { createSightingsReporter } from './sightings-reporter';

/** What entrypoints/page-highlight.ts gives the page reader. */
export interface HighlightModule {
  startPageSession: typeof startPageSession;
  createSightingsReporter: typeof createSightingsReporter;
  /** This page load's highlight names (lib/page/paint.ts), for the stylesheet the background injects. */
  highlightNames: readonly string[];
}

/**
 * A page session whose code is still loading: until it has started it has no entities and reveals nothing,
 * and `ready` waits for its load and its first scan. Stopped before the load ends, it stops the session as
 * soon as the session exists, so nothing is painted after "off".
 */
export function createLazySession(
  load: () => Promise<PageSession>,
  onError: (error: unknown) => void,
): PageSession {
  let session: PageSession | null = null;
  let stopped = false;
  const ready = load().then((started) => {
    if (stopped) {
      started.stop();
      return;
    }
    session = started;
    return started.ready;
  }, onError);
  return {
    ready,
    // Until it has started, nothing is read yet: no article to speak of.
    reading: () => session?.reading() ?? 'whole-page',
    counts: () => session?.counts() ?? {},
    entities: () => session?.entities() ?? [],
    reveal: (entryId) => session?.reveal(entryId) ?? false,
    suggest: (suggestions) => ready.then(() => session?.suggest(suggestions)),
    useGlossary: (glossary) => ready.then(() => session?.useGlossary(glossary)),
    stop() {
      stopped = true;
      session?.stop();
    },
  };
}
