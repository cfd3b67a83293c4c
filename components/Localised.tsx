/**
 * An extension page's language: its root gives the components their translator (components/use-i18n.ts) in
 * the language chosen, and switches it when the options page's setting changes.
 */
import type { ComponentChildren, JSX } from 'preact';
import { createContext } from 'preact';
import { useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { translatorFor } from '../lib/i18n/catalogues';
import { type LanguageChoice, resolveLanguage } from '../lib/i18n/languages';
import type { TextKey } from '../lib/i18n/translate';
import { I18nContext } from './use-i18n';

/** Switches a page to another language choice at once (the options page's setting); null outside a page root. */
const LanguageSwitch = createContext<((choice: LanguageChoice) => void) | null>(null);

export function useLanguageSwitch(): ((choice: LanguageChoice) => void) | null {
  return useContext(LanguageSwitch);
}

/**
 * A page of the extension in the reader's language: the document's `lang`, `dir` and title follow it, so
 * that an Arabic page is right-to-left from its root, and the stylesheets' logical properties mirror it.
 */
export function Localised(props: {
  choice: LanguageChoice;
  /** The browser's interface language (browser.i18n.getUILanguage()), which 'auto' follows. */
  browserLanguage: string;
  doc: Document;
  title: TextKey;
  children: ComponentChildren;
}): JSX.Element {
  const { browserLanguage, doc, title, children } = props;
  const [choice, setChoice] = useState(props.choice);
  const i18n = useMemo(
    () => translatorFor(resolveLanguage(choice, browserLanguage)),
    [choice, browserLanguage],
  );
  useLayoutEffect(() => {
    doc.documentElement.lang = i18n.lang;
    doc.documentElement.dir = i18n.dir;
    doc.title = i18n.t(title);
  }, [doc, i18n, title]);
  return (
    <I18nContext.Provider value={i18n}>
      <LanguageSwitch.Provider value={setChoice}>{children}</LanguageSwitch.Provider>
    </I18nContext.Provider>
  );
}
