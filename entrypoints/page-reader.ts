import { resolveLanguage } from '~/lib/i18n/languages';
import type { Catalogue } from '~/lib/i18n/translate';
import { isOwnSender } from '~/lib/messages/checks';
import { parseTabRequest } from '~/lib/messages/tab-request';
import type { NamesModule } from '~/lib/names/name-suggester';
import type { ArticleModule } from '~/lib/page/article-module';
import type { CardCallbacks, CardModule } from '~/lib/page/card-host';
import { detectLanguage } from '~/lib/page/detect';
import { gatherSignals } from '~/lib/page/detect-signals';
import { createLazyCard } from '~/lib/page/lazy-card';
import { createLazySession, type HighlightModule } from '~/lib/page/lazy-session';
import {
  ARTICLE_PATH,
  CARD_PATH,
  HIGHLIGHT_PATH,
  loadEntry,
  NAMES_PATH,
  WORDS_PATHS,
} from '~/lib/page/load-entry';
import { pageClaims } from '~/lib/page/page-claims';
import { startPageController } from '~/lib/page/page-controller';
import type { PaintedMatch } from '~/lib/page/page-highlighter';
import { askBackground, readLanguage } from '~/lib/runtime-messages';

function report(error: unknown): void {
  console.error('Dalil:', error);
}

/**
 * The page reader: loaded by the boot script (entrypoints/page-boot.ts) on pages it could not rule out, or
 * woken by the popup, the keyboard command or an "always" site (page-wake.ts). What highlights loads when the
 * page is to be highlighted (page-highlight.ts), the gloss card on first use (page-card.ts), the name finder
 * when suggestions are on (page-names.ts). Each frame decides for itself:
 * an article embedded in an iframe is highlighted in its own frame.
 */
export default defineUnlistedScript({
  main() {
    const callbacks: CardCallbacks = {
      onCopy: (text) => navigator.clipboard.writeText(text),
      onEdit: (entryId) => void askBackground({ type: 'options/open', entryId }).catch(report),
      onAdd: (draft) =>
        askBackground({ type: 'add/open', draft }).then(
          () => {},
          (error: unknown) => {
            report(error);
            throw error;
          },
        ),
      seenElsewhere: async (entryId) =>
        (await askBackground({ type: 'entry/seen', entryId, ...pageClaims(document) })).otherPages,
    };
    /** The highlighting code, loaded once, with the one history reporter of this page visit. */
    let highlight: Promise<{
      module: HighlightModule;
      record: (all: readonly PaintedMatch[]) => void;
    }> | null = null;
    const loadHighlight = () =>
      (highlight ??= loadEntry<HighlightModule>(HIGHLIGHT_PATH).then((module) => {
        // The highlight styles go in once, as the page is first highlighted: before that, nothing of Dalil is
        // in the page for its scripts to find.
        askBackground({ type: 'styles/insert', names: [...module.highlightNames] }).catch(report);
        return {
          module,
          record: module.createSightingsReporter(document, (request) => {
            askBackground(request).catch(report);
          }),
        };
      }));
    // A bounded sample of the visible text and the metadata: on a page whose letters are not Arabic, its
    // language is all the reader decides.
    const signals = gatherSignals(document, { url: location.href });
    const articleModule = () => loadEntry<ArticleModule>(ARTICLE_PATH);
    const answer = startPageController({
      detection: detectLanguage(signals),
      readArticle: () => articleModule().then((module) => module.readArticle(document, signals)),
      doc: document,
      askBackground,
      loadNames: () => loadEntry<NamesModule>(NAMES_PATH),
      createCard: () =>
        createLazyCard(
          () =>
            readLanguage().then(({ choice, browserLanguage }) => {
              const lang = resolveLanguage(choice, browserLanguage);
              return Promise.all([
                loadEntry<CardModule>(CARD_PATH),
                loadEntry<Catalogue>(WORDS_PATHS[lang]),
              ]).then(([{ createCardHost }, catalogue]) =>
                createCardHost(document, callbacks, { lang, catalogue }),
              );
            }),
          report,
        ),
      startSession: (card, glossary, names, wholePage) =>
        createLazySession(
          () =>
            Promise.all([loadHighlight(), askBackground({ type: 'settings/get' })]).then(
              ([{ module, record }, settings]) =>
                module.startPageSession({
                  doc: document,
                  entries: glossary.entries,
                  pristine: glossary.pristine,
                  hoverDelayMs: settings.hoverDelayMs,
                  suggestions: names?.pageSuggestions,
                  findArticle: wholePage
                    ? undefined
                    : () => articleModule().then((module) => module.findArticle(document)),
                  card,
                  onError: report,
                  onEntities: record,
                }),
            ),
          report,
        ),
      onError: report,
    });

    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (!isOwnSender(sender, browser.runtime.id)) return;
      const request = parseTabRequest(message);
      if (request === null) return;
      answer(request).then(sendResponse, (error: unknown) => {
        report(error);
        sendResponse(undefined);
      });
      return true;
    });
  },
});
