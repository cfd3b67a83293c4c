import { render } from 'preact';

render(<p>Dalil</p>, document.getElementById('app') as HTMLElement);
