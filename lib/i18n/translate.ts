/**
 * The interface's words in English or Arabic, from the extension's one message catalogue
 * (`public/_locales/<lang>/messages.json`, the files the browser itself reads for the manifest's
 * `__MSG_…__`). Looked up here rather than with `browser.i18n.getMessage`, which always answers in the
 * browser's own language: the reader may choose another one on the options page. The catalogue is given
 * (lib/i18n/catalogues.ts holds both for the extension's pages), so the card loads only its language's.
 *
 * Plural forms are keys of their own, `<key>__<form>` (two underscores, so `type_other` is no form), one per
 * CLDR plural category of the language (https://cldr.unicode.org/index/cldr-spec/plural-rules): English has
 * one and other, Arabic zero, one, two, few, many and other. `Intl.PluralRules` picks the form, so the rules are the browser's CLDR data, not ours.
 */
import type en from '../../public/_locales/en/messages.json';
import type { UiLanguage } from './languages';

/** One message as the browser's messages.json holds it. */
export interface CatalogueMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueMessage>;

type English = typeof en;
type AnyKey = keyof English & string;
/** The keys of counted messages, without their form's suffix. */
export type PluralKey = { [K in AnyKey]: K extends `${infer Base}__other` ? Base : never }[AnyKey];
/** The keys of messages without a count. */
export type TextKey = Exclude<AnyKey, `${PluralKey}__${Intl.LDMLPluralRule}`>;

/** What fills a message's placeholders: text as it is, numbers written for the language. */
export type Value = string | number;
type Placeholders<K extends AnyKey> = English[K] extends { placeholders: infer P } ? keyof P : never;
type ValuesOf<Names extends PropertyKey, T> = [Names] extends [never] ? [] : [values: Record<Names, T>];
type TextValues<K extends TextKey, T> = ValuesOf<Placeholders<K>, T>;
type PluralValues<K extends PluralKey, T> = ValuesOf<Exclude<Placeholders<`${K}__other`>, 'count'>, T>;

export interface Translator {
  lang: UiLanguage;
  dir: 'ltr' | 'rtl';
  t<K extends TextKey>(key: K, ...values: TextValues<K, Value>): string;
  /** The form of `key` for `count` (its `$COUNT$` is the number as written in the language). */
  plural<K extends PluralKey>(key: K, count: number, ...values: PluralValues<K, Value>): string;
  /** A message as pieces, its placeholders filled with anything (elements, in the pages' components). */
  parts<K extends TextKey, T>(key: K, ...values: TextValues<K, T | Value>): Array<string | T>;
  /** A number as the interface writes it. */
  number(value: number): string;
}

const PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$|\$\$/g;

/** Cuts a message at its `$NAME$` placeholders (named as in messages.json, case-insensitively; `$$` is a $). */
function fill<T>(message: string, values: Record<string, T | Value>, number: (n: number) => string) {
  const pieces: Array<string | T> = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    const name = match[1]?.toLowerCase();
    let piece: string | T | Value = '$';
    if (name !== undefined) {
      if (!(name in values)) throw new Error(`Dalil: no value for $${name}$ in "${message}"`);
      piece = values[name] as T | Value;
    }
    pieces.push(message.slice(last, match.index), typeof piece === 'number' ? number(piece) : piece);
    last = match.index + match[0].length;
  }
  pieces.push(message.slice(last));
  return pieces.filter((piece) => piece !== '');
}

/**
 * The translator for a language and its catalogue. A key missing from it is looked for in `fallback` (the
 * English catalogue, where the pages have it: the unit tests hold the two catalogues to the same keys, so
 * this is for a catalogue edited by hand). Numbers are written with Western digits in both languages, as
 * most Arabic news sites write them.
 */
export function createTranslator(lang: UiLanguage, catalogue: Catalogue, fallback?: Catalogue): Translator {
  const numbers = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en');
  const rules = new Intl.PluralRules(lang);
  const number = (value: number) => numbers.format(value);
  const lookup = (key: string): string => {
    const found = catalogue[key] ?? fallback?.[key];
    if (found === undefined) throw new Error(`Dalil: no message "${key}"`);
    return found.message;
  };
  const join = (pieces: Array<string | Value>) => pieces.join('');
  const valuesOf = (values: unknown[]) => (values[0] ?? {}) as Record<string, Value>;
  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    number,
    t: (key, ...values) => join(fill(lookup(key), valuesOf(values), number)),
    plural: (key, count, ...values) => {
      const form = `${key}__${rules.select(count)}`;
      // A language's catalogue has every form its rules name; English's "other" is the last resort.
      const message = lookup(form in catalogue ? form : `${key}__other`);
      return join(fill(message, { ...valuesOf(values), count }, number));
    },
    parts: <T>(key: string, ...values: unknown[]) =>
      fill<T>(lookup(key), (values[0] ?? {}) as Record<string, T | Value>, number),
  };
}
