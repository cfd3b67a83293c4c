import { render } from 'preact';
import type { ExportedFile } from '~/components/ExportPanel';
import { workerPreviewer } from '~/components/import-previewer';
import { Localised } from '~/components/Localised';
import { askBackground, readLanguage } from '~/lib/runtime-messages';
import { App } from './App';
// Vite builds the worker as a script of its own (https://vite.dev/guide/features#import-with-query-suffixes).
import PreviewWorker from './preview-worker?worker';
import './style.css';

/** Saves a file through the browser's download of a blob link (no "downloads" permission needed). */
function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The download has started by the next task; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const preview = workerPreviewer(() => new PreviewWorker({ name: 'import-preview' }));

void readLanguage().then(({ choice, browserLanguage }) =>
  render(
    <Localised choice={choice} browserLanguage={browserLanguage} doc={document} title="optionsTitle">
      <App ask={askBackground} download={download} preview={preview} />
    </Localised>,
    document.getElementById('app') as HTMLElement,
  ),
);
