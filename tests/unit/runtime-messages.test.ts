/**
 * How the pages' requests reach the background and a tab (lib/runtime-messages.ts), with the browser's
 * messaging stood in for: a failure is always a BackgroundFailure the pages can say, and a tab's reply is
 * checked before the popup sees it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
const tabsSendMessage = vi.fn();
const executeScript = vi.fn();
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { sendMessage },
    tabs: { sendMessage: tabsSendMessage },
    scripting: { executeScript },
    i18n: { getUILanguage: () => 'en' },
  },
}));

const { askBackground, askTab } = await import('../../lib/runtime-messages');
const { BackgroundFailure } = await import('../../lib/messages/protocol');

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  sendMessage.mockReset();
  tabsSendMessage.mockReset();
  executeScript.mockReset();
});

/** The reason askBackground rejected with, or what it resolved to. */
async function outcome(): Promise<unknown> {
  try {
    return { value: await askBackground({ type: 'history/stats' }) };
  } catch (error) {
    return error instanceof BackgroundFailure ? error.reason : error;
  }
}

describe('askBackground', () => {
  it('resolves with the reply, and rejects with the reason the background gave', async () => {
    sendMessage.mockResolvedValueOnce({ ok: true, value: { total: 0 } });
    expect(await outcome()).toEqual({ value: { total: 0 } });
    sendMessage.mockResolvedValueOnce({
      ok: false,
      error: { code: 'not-allowed', request: 'history/stats' },
    });
    expect(await outcome()).toEqual({ code: 'not-allowed', request: 'history/stats' });
  });

  it('says nothing answered when there is no reply, and when the browser could not deliver the request', async () => {
    sendMessage.mockResolvedValueOnce(undefined);
    expect(await outcome()).toEqual({ code: 'no-answer', request: 'history/stats' });
    sendMessage.mockRejectedValueOnce(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await outcome()).toEqual({ code: 'no-answer', request: 'history/stats' });
  });
});

describe('askTab', () => {
  it('resolves with a reply in the expected shape, and rejects one that is not', async () => {
    tabsSendMessage.mockResolvedValueOnce({ found: true });
    expect(await askTab(7, { type: 'page/reveal', entryId: 'x' })).toEqual({ found: true });
    tabsSendMessage.mockResolvedValueOnce({ found: 'yes' });
    await expect(askTab(7, { type: 'page/reveal', entryId: 'x' })).rejects.toThrow(
      /not in the expected shape/,
    );
    tabsSendMessage.mockResolvedValueOnce(undefined);
    await expect(askTab(7, { type: 'page/reveal', entryId: 'x' })).rejects.toThrow(
      /not in the expected shape/,
    );
  });

  it('starts the page reader where no script listened, then asks again', async () => {
    tabsSendMessage
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ refreshed: true });
    expect(await askTab(7, { type: 'page/glossary-changed' })).toEqual({ refreshed: true });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(tabsSendMessage).toHaveBeenCalledTimes(2);
  });
});
