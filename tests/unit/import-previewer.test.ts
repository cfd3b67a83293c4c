/** The options page's import preview in a worker (components/import-previewer.ts), with the worker stood in for. */
import { describe, expect, it, vi } from 'vitest';
import { PreviewFailure, type PreviewReply, workerPreviewer } from '../../components/import-previewer';

/** A worker that answers as the test says, once the request is posted. */
function fakeWorker(answer: (worker: FakeWorker) => void) {
  const worker: FakeWorker = {
    onmessage: null,
    onerror: null,
    terminate: vi.fn(),
    postMessage: () => queueMicrotask(() => answer(worker)),
  };
  return worker;
}
interface FakeWorker {
  onmessage: ((event: MessageEvent<PreviewReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate: () => void;
  postMessage: (request: unknown) => void;
}

const REQUEST = { text: '', name: 'g.csv', existing: [], mode: 'merge' as const, emptyCellsClear: false };

function run(worker: FakeWorker) {
  const preview = workerPreviewer(() => worker as unknown as Worker);
  return preview(REQUEST, { onProgress: () => {}, signal: new AbortController().signal });
}

describe('workerPreviewer', () => {
  it('resolves with the plan, and ends its worker', async () => {
    const plan = { entries: [] } as never;
    const worker = fakeWorker((w) =>
      w.onmessage?.({ data: { kind: 'done', preview: plan } } as MessageEvent),
    );
    expect(await run(worker)).toBe(plan);
    expect(worker.terminate).toHaveBeenCalled();
  });

  it.each([
    [
      'failed in the worker',
      (w: FakeWorker) => w.onmessage?.({ data: { kind: 'failed', message: 'RangeError' } } as MessageEvent),
    ],
    ['crashed with no words', (w: FakeWorker) => w.onerror?.({ message: '' } as ErrorEvent)],
  ])('rejects with a PreviewFailure when the preview %s', async (_why, answer) => {
    const worker = fakeWorker(answer);
    await expect(run(worker)).rejects.toBeInstanceOf(PreviewFailure);
    expect(worker.terminate).toHaveBeenCalled();
  });
});
