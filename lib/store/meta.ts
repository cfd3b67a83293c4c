/**
 * Typed access to the `meta` store's single values. A row is data from an earlier run (possibly an older
 * version of the extension), so each value is checked before it is trusted.
 */
import { isLanguageChoice } from '../i18n/languages';
import type { MetaKey, MetaValues } from './schema';

/** The part of a `meta` object store these helpers use: any transaction's store (or a test double) fits. */
export interface MetaStore {
  get(key: MetaKey): Promise<MetaValues[MetaKey] | undefined>;
}
export interface WritableMetaStore extends MetaStore {
  put(value: MetaValues[MetaKey], key: MetaKey): Promise<MetaKey>;
}

const GUARDS: { [K in MetaKey]: (value: unknown) => value is MetaValues[K] } = {
  schemaVersion: (value): value is number => typeof value === 'number',
  bundledGlossaryVersion: (value): value is string => typeof value === 'string',
  historyPaused: (value): value is boolean => typeof value === 'boolean',
  historyDays: (value): value is number | null =>
    value === null || (typeof value === 'number' && Number.isInteger(value) && value > 0),
  suggestNames: (value): value is boolean => typeof value === 'boolean',
  hoverDelayMs: (value): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0,
  uiLanguage: isLanguageChoice,
  wholePageSites: (value): value is string[] =>
    Array.isArray(value) && value.every((site) => typeof site === 'string'),
};

export async function readMeta<K extends MetaKey>(
  store: MetaStore,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const value: unknown = await store.get(key);
  const guard: (value: unknown) => value is MetaValues[K] = GUARDS[key];
  return guard(value) ? value : undefined;
}

export async function writeMeta<K extends MetaKey>(
  store: WritableMetaStore,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await store.put(value, key);
}
