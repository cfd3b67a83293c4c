import { render } from 'preact';
import { Localised } from '~/components/Localised';
import { tokenize } from '~/lib/arabic/tokenize';
import type { NamesModule } from '~/lib/names/name-suggester';
import { NAMES_PATH } from '~/lib/page/load-entry';
import { askBackground, readLanguage } from '~/lib/runtime-messages';
import { App, tokenInHash } from './App';
import './style.css';

/** The speller of the name finder's module (the one the page reader loads), for the selected name. */
async function spellName(arabic: string) {
  // From the extension's own origin, not through loadEntry's per-session dynamic URL: this page's
  // Content-Security-Policy (script-src 'self') refuses that one.
  const module = (await import(/* @vite-ignore */ new URL(NAMES_PATH, location.origin).href)) as {
    default: Promise<NamesModule>;
  };
  const names = await module.default;
  return names.spell(tokenize(arabic).map((token) => token.norm));
}

async function start(): Promise<void> {
  const [{ choice, browserLanguage }, { request }] = await Promise.all([
    readLanguage(),
    askBackground({ type: 'add/take', token: tokenInHash(location.hash) }).catch((error: unknown) => {
      console.error('Dalil: the add request could not be read', error);
      return { request: null };
    }),
  ]);
  render(
    <Localised choice={choice} browserLanguage={browserLanguage} doc={document} title="addPageTitle">
      <App request={request} ask={askBackground} onClose={() => window.close()} spellName={spellName} />
    </Localised>,
    document.getElementById('app') as HTMLElement,
  );
}

start().catch((error: unknown) => console.error('Dalil: add page', error));
