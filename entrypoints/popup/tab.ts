import { browser } from 'wxt/browser';

/**
 * The tab the popup is about. As the toolbar popup it is the active tab of its window. Opened as a page,
 * `popup.html?tab=<id>`, it is that tab: the real-browser tests open it so (headless Chromium has no toolbar
 * to click, and chrome.action.openPopup() needs a focused window), and so can a reader who keeps the popup
 * pinned in a tab of its own, where "the active tab" would be the popup itself.
 */
export function tabFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,15}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/** The tab id from `?tab=`, else the active tab's; rejects when there is none. */
export async function resolveTab(search: string): Promise<number> {
  const fromQuery = tabFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('Dalil: no active tab');
  return tab.id;
}
