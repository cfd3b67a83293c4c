/**
 * Chromium traces for `npm run bench`, through the DevTools protocol: the renderer's main-thread tasks and
 * the work the content script does there. Trace timestamps are microseconds.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; name?: string };
}

const CATEGORIES = [
  '__metadata',
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

/** Records a trace of whatever `action` makes the page do. */
export async function traced<T>(
  context: BrowserContext,
  page: Page,
  action: () => Promise<T>,
): Promise<{ value: T; events: TraceEvent[] }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => events.push(...(chunk.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    const value = await action();
    return { value, events };
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
}

/** The main thread of the renderer that made a User Timing mark of this name. */
export function threadOfMark(events: readonly TraceEvent[], mark: string): TraceEvent | undefined {
  return events.find((event) => event.name === mark);
}

/** The renderer main thread's top-level tasks that overlap [from, to] (µs), longest first. */
export function tasksBetween(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  from: number,
  to: number,
): TraceEvent[] {
  return events
    .filter(
      (event) =>
        event.name === 'RunTask' &&
        event.ph === 'X' &&
        event.pid === thread.pid &&
        event.tid === thread.tid &&
        event.ts + (event.dur ?? 0) >= from &&
        event.ts <= to,
    )
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
}

/** What a task spent its time on: the longest events nested in it, by name. */
export function taskBreakdown(events: readonly TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const totals = new Map<string, number>();
  for (const event of events) {
    if (event === task || event.ph !== 'X' || event.pid !== task.pid || event.tid !== task.tid) continue;
    if (event.ts < task.ts || event.ts + (event.dur ?? 0) > end) continue;
    if (
      ![
        'PrePaint',
        'Paint',
        'Layout',
        'UpdateLayoutTree',
        'RunMicrotasks',
        'FunctionCall',
        'MinorGC',
        'MajorGC',
        'EvaluateScript',
        'IntersectionObserverController::computeIntersections',
        'Commit',
        'ParseHTML',
        // A module's top level run: the name finder's, whose models are its text, is the largest.
        'v8.evaluateModule',
      ].includes(event.name)
    )
      continue;
    totals.set(event.name, Math.max(totals.get(event.name) ?? 0, (event.dur ?? 0) / 1000));
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
    .join(', ');
}

/**
 * Milliseconds the renderer's main thread spent running scripts from `urlPrefix` (the extension's content
 * script): its evaluation (compiling included) and every callback into it, counting nested events once.
 */
export function scriptTime(events: readonly TraceEvent[], urlPrefix: string): number {
  const ours = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        (event.name === 'EvaluateScript' || event.name === 'FunctionCall' || event.name === 'v8.compile') &&
        (event.args?.data?.url ?? '').startsWith(urlPrefix),
    )
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const event of ours) {
    const end = event.ts + (event.dur ?? 0);
    if (end <= coveredUntil) continue;
    total += end - Math.max(event.ts, coveredUntil);
    coveredUntil = end;
  }
  return total / 1000;
}
