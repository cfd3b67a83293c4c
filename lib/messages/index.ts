/**
 * `lib/messages` for the modules that still import it whole (lib/store, lib/glossary, scripts: owned by other
 * work while the protocol was split). New code imports from the file it needs: protocol.ts for the types,
 * background-request.ts or tab-request.ts for a receiver, entry-shape.ts for an entry's limits. Goes once those
 * imports have moved.
 */
export { entryShapeProblem, MAX_IMPORT_ENTRIES } from './entry-shape';
export type { BackgroundRequest, EntryView, ImportMode, Settings, SiteMode } from './protocol';
