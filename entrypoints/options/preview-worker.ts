/** The options page's import preview, off the page's thread (see components/import-previewer.ts). */
import type { PreviewReply, PreviewRequest } from '~/components/import-previewer';
import { previewImport } from '~/lib/glossary/import-preview';

const reply = (message: PreviewReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<PreviewRequest>) => {
  try {
    const preview = previewImport({
      ...event.data,
      onProgress: (progress) => reply({ kind: 'progress', progress }),
    });
    reply({ kind: 'done', preview });
  } catch (error) {
    console.error('Dalil: import preview', error);
    reply({ kind: 'failed', message: (error as Error).message });
  }
});
