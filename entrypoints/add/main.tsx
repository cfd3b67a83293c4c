import { render } from 'preact';
import { askBackground } from '~/lib/runtime-messages';
import { App } from './App';
import './style.css';

render(
  <App hash={location.hash} ask={askBackground} onClose={() => window.close()} />,
  document.getElementById('app') as HTMLElement,
);
