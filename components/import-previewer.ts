/**
 * Who reads an import file and plans it: the options page gives the work to a Worker (a 30 MB file would
 * otherwise freeze the page for seconds); the unit tests give it a previewer that runs previewImport in place.
 */
import type { ImportMode } from '../lib/glossary/import-plan';
import type { ImportPreview, ImportProgress } from '../lib/glossary/import-preview';
import type { EntryView } from '../lib/messages/protocol';

export interface PreviewRequest {
  text: string;
  name: string;
  existing: readonly EntryView[];
  mode: ImportMode;
  emptyCellsClear: boolean;
}

/** Plans an import, telling how far it is; a signal that aborts stops the work and rejects. */
export type Previewer = (
  request: PreviewRequest,
  options: { onProgress(progress: ImportProgress): void; signal: AbortSignal },
) => Promise<ImportPreview<EntryView>>;

/** What the worker answers, per request. */
export type PreviewReply =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; preview: ImportPreview<EntryView> }
  | { kind: 'failed'; message: string };

/**
 * The preview stopped without a plan (the worker failed or crashed): the page says so in its own words; the
 * worker's, the browser's English, are for the console.
 */
export class PreviewFailure extends Error {}

/**
 * The preview in a worker of its own, one per request: a later request (another file, another mode) aborts
 * the earlier one, and terminating its worker is the only way to stop a parse under way.
 */
export function workerPreviewer(createWorker: () => Worker): Previewer {
  return (request, { onProgress, signal }) =>
    new Promise((resolve, reject) => {
      const worker = createWorker();
      const finish = () => {
        worker.terminate();
        signal.removeEventListener('abort', abort);
      };
      const abort = () => {
        finish();
        reject(new DOMException('superseded', 'AbortError'));
      };
      signal.addEventListener('abort', abort);
      worker.onmessage = (event: MessageEvent<PreviewReply>) => {
        const reply = event.data;
        if (reply.kind === 'progress') onProgress(reply.progress);
        else {
          finish();
          if (reply.kind === 'done') resolve(reply.preview);
          else reject(new PreviewFailure(reply.message));
        }
      };
      worker.onerror = (event) => {
        finish();
        reject(new PreviewFailure(event.message));
      };
      worker.postMessage(request);
    });
}
