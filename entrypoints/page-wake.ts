import { loadEntry, READER_PATH } from '~/lib/page/load-entry';

/**
 * Starts the page reader where the boot script stopped: injected by the popup or the keyboard command
 * (scripting.executeScript) and registered for sites set to "always". The script's value is the promise, so
 * executeScript resolves once the reader listens for messages.
 */
export default defineUnlistedScript(() => loadEntry(READER_PATH).then(() => true));
