import { render } from 'preact';
import { Localised } from '~/components/Localised';
import { readLanguage } from '~/lib/runtime-messages';
import { App } from './App';
import './style.css';

// The language first: the popup is drawn once, in the reader's language and direction.
void readLanguage().then(({ choice, browserLanguage }) =>
  render(
    <Localised choice={choice} browserLanguage={browserLanguage} doc={document} title="appName">
      <App />
    </Localised>,
    document.getElementById('app') as HTMLElement,
  ),
);
