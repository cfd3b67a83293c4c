import { createGlossCardHost } from '~/components/gloss-card-host';
import type { CardModule } from '~/lib/page/card-host';

/** The gloss card for the page reader, in a file of its own so pages load it only when a card is shown. */
export default defineUnlistedScript((): CardModule => ({ createCardHost: createGlossCardHost }));
