/**
 * `lib/messages` for scripts/lib/bench-browser.ts, which still imports it whole (scripts are other work's while
 * the protocol was split). New code imports from the file it needs: protocol.ts for the types,
 * background-request.ts or tab-request.ts for a receiver, entry-shape.ts for an entry's shape. Goes once that
 * import has moved.
 */
export type { BackgroundRequest } from './protocol';
