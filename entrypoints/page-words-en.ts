import type { Catalogue } from '~/lib/i18n/translate';
import catalogue from '~/public/_locales/en/messages.json';

/** The card's words in English, loaded beside the card when the interface speaks English (lib/page/load-entry.ts). */
export default defineUnlistedScript((): Catalogue => catalogue);
