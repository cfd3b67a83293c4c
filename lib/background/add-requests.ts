/**
 * What an add window was opened with, kept by the background until the window asks for it. The window's
 * address carries only a one-time token: neither the reader's selection nor the name they add is written
 * into an address, where the browser's history (the normal profile's, for an add begun in an incognito tab)
 * would keep it.
 */
import type { AddRequest } from '../messages/protocol';

/** Requests whose window never asked (closed at once, or never opened) are forgotten, oldest first. */
const MAX_WAITING = 16;

export interface AddRequests {
  /** Keeps the request and returns the token its window asks with. */
  put(request: AddRequest): string;
  /** The request, once: a token read again (the window reloaded, an old address) gives null. */
  take(token: string): AddRequest | null;
}

export function createAddRequests(makeToken: () => string = () => crypto.randomUUID()): AddRequests {
  const waiting = new Map<string, AddRequest>();
  return {
    put(request) {
      const token = makeToken();
      waiting.set(token, request);
      for (const oldest of waiting.keys()) {
        if (waiting.size <= MAX_WAITING) break;
        waiting.delete(oldest);
      }
      return token;
    },
    take(token) {
      const request = waiting.get(token) ?? null;
      waiting.delete(token);
      return request;
    },
  };
}
