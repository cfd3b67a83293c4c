/**
 * The receiving side of requests to a tab's content script (the page reader). Apart from the background's
 * requests, so the page reader carries only the checks it makes. Only this extension sends to a tab (the
 * reader checks `isOwnSender`): its background and its pages alike, so no request type is limited by origin.
 */
import { hasKnownType, isSiteMode, isText, noFields, type PayloadParser } from './checks';
import type { TabRequest } from './protocol';

/** Each tab request type's parser: a type added to TabRequest without one does not compile. */
const TAB_PARSERS = {
  'page/status': noFields,
  'page/entities': noFields,
  'page/glossary-changed': noFields,
  'page/toggle': (message) =>
    message.on === undefined ? {} : typeof message.on === 'boolean' ? { on: message.on } : null,
  'page/reveal': (message) => (isText(message.entryId, 500) ? { entryId: message.entryId } : null),
  'page/site-mode': (message) => (isSiteMode(message.mode) ? { mode: message.mode } : null),
  'page/whole-page': (message) => (typeof message.on === 'boolean' ? { on: message.on } : null),
} satisfies { [T in TabRequest['type']]: PayloadParser<TabRequest, T> };

/** The request for a tab's content script inside an unknown message, or null when it is not one in the expected shape. */
export function parseTabRequest(message: unknown): TabRequest | null {
  if (!hasKnownType(TAB_PARSERS, message)) return null;
  const payload = TAB_PARSERS[message.type](message);
  // The table ties each type to its payload; TypeScript cannot follow that through the lookup (#30581).
  return payload && ({ ...payload, type: message.type } as TabRequest);
}
