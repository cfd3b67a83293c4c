import type { Catalogue } from '~/lib/i18n/translate';
import catalogue from '~/public/_locales/ar/messages.json';

/** The card's words in Arabic, loaded beside the card when the interface speaks Arabic (lib/page/load-entry.ts). */
export default defineUnlistedScript((): Catalogue => catalogue);
