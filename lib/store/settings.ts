/** The reader's settings, kept in the `meta` store; a setting never written reads as its default. */
import type { Settings } from '../messages/protocol';
import { readMeta, writeMeta } from './meta';
import type { DalilDb } from './schema';
import { runTransaction } from './transaction';

export const DEFAULT_SETTINGS: Settings = { suggestNames: true, hoverDelayMs: 150, uiLanguage: 'auto' };

export async function readSettings(db: DalilDb): Promise<Settings> {
  const store = db.transaction('meta').store;
  const suggestNames = await readMeta(store, 'suggestNames');
  const hoverDelayMs = await readMeta(store, 'hoverDelayMs');
  const uiLanguage = await readMeta(store, 'uiLanguage');
  return {
    suggestNames: suggestNames ?? DEFAULT_SETTINGS.suggestNames,
    hoverDelayMs: hoverDelayMs ?? DEFAULT_SETTINGS.hoverDelayMs,
    uiLanguage: uiLanguage ?? DEFAULT_SETTINGS.uiLanguage,
  };
}

/** Stores the settings given (the others stay as they are) and returns them all. */
export async function writeSettings(db: DalilDb, change: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('meta', 'readwrite');
  await runTransaction(tx, async () => {
    if (change.suggestNames !== undefined) await writeMeta(tx.store, 'suggestNames', change.suggestNames);
    if (change.hoverDelayMs !== undefined) await writeMeta(tx.store, 'hoverDelayMs', change.hoverDelayMs);
    if (change.uiLanguage !== undefined) await writeMeta(tx.store, 'uiLanguage', change.uiLanguage);
  });
  return readSettings(db);
}
