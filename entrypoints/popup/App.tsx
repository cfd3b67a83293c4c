import type { JSX } from 'preact';
import { Popup } from '~/components/Popup';
import type { AskPage, PopupApi } from '~/components/popup-api';
import type { TabRequest } from '~/lib/messages/protocol';
import { askBackground, askTab } from '~/lib/runtime-messages';
import { resolveTab } from './tab';

/** The popup's messages for one tab: to that tab's content script, and to the background. */
function browserApi(tab: Promise<number>): PopupApi {
  const askPage: AskPage = async <R extends TabRequest>(request: R) => askTab(await tab, request);
  return { askPage, askBackground, copy: (text) => navigator.clipboard.writeText(text) };
}

const tab = resolveTab(location.search);
// Awaited by every request, which reports a missing tab as an unreachable page; this only keeps the
// rejection from being reported as unhandled before the first request.
tab.catch(() => {});
const api = browserApi(tab);

export function App(): JSX.Element {
  return <Popup api={api} />;
}
