import type { HighlightModule } from '~/lib/page/lazy-session';
import { startPageSession } from '~/lib/page/page-session';
import { HIGHLIGHT_NAMES } from '~/lib/page/paint';
import { createSightingsReporter } from '~/lib/page/sightings-reporter';

/**
 * What highlights a page (the matcher, the highlighter, the session with its hover and keys, the history
 * reporter) in a file of its own: the page reader imports it only once the page is to be highlighted, so a
 * page that detection passes over loads detection alone.
 */
export default defineUnlistedScript(
  (): HighlightModule => ({ startPageSession, createSightingsReporter, highlightNames: HIGHLIGHT_NAMES }),
);
