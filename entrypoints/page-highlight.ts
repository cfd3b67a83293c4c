import highlightCss from '~/components/highlights.css?inline';
import type { HighlightModule } from '~/lib/page/lazy-session';
import { ownPaintStyles } from '~/lib/page/own-paint';
import { startPageSession } from '~/lib/page/page-session';
import { HIGHLIGHT_NAMES } from '~/lib/page/paint';
import { createSightingsReporter } from '~/lib/page/sightings-reporter';

const ownStyles = ownPaintStyles(highlightCss);

/**
 * What highlights a page (the matcher, the highlighter, the session with its hover and keys, the history
 * reporter) in a file of its own: the page reader imports it only once the page is to be highlighted, so a
 * page that detection passes over loads detection alone. The reader's own entries are painted out of the
 * page's sight, in boxes styled as the highlights are.
 */
export default defineUnlistedScript(
  (): HighlightModule => ({
    startPageSession: (options) => startPageSession({ ...options, ownStyles }),
    createSightingsReporter,
    highlightNames: HIGHLIGHT_NAMES,
  }),
);
