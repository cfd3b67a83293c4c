// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { HistoryPanel } from '../../components/HistoryPanel';
import {
  button,
  type FakeBackground,
  fakeBackground,
  fill,
  fromPage,
  mount,
  PARIS,
  settle,
  unmount,
} from './options-harness';

let background: FakeBackground;
let root: HTMLElement;

beforeEach(async () => {
  background = await fakeBackground();
  for (const [url, visitId] of [
    ['https://www.aljazeera.net/a', '1'],
    ['https://www.aljazeera.net/b', '2'],
    ['https://www.bbc.com/arabic/c', '3'],
  ] as const) {
    await background.send(
      { type: 'sightings/record', title: '', visitId, items: [{ entryId: PARIS.id, sentence: 'في باريس' }] },
      fromPage(url),
    );
  }
  root = mount(<HistoryPanel ask={background.ask} />);
  await settle(() => expect(root.querySelector('.summary')?.textContent).toBe('3 records from 2 sites.'));
});
afterEach(() => {
  unmount(root);
  background.close();
});

function sites(): string[] {
  return [...root.querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
}

it('shows the records per site', () => {
  expect(sites()).toEqual(['www.aljazeera.net2Forget', 'www.bbc.com1Forget']);
});

it('pauses history: nothing new is recorded', async () => {
  (root.querySelector('input[name="paused"]') as HTMLInputElement).click();
  await settle(() => expect(root.querySelector('[role="status"]')?.textContent).toMatch(/History paused/));
  expect((root.querySelector('input[name="paused"]') as HTMLInputElement).checked).toBe(true);
  const reply = await background.send(
    { type: 'sightings/record', title: '', visitId: '4', items: [{ entryId: PARIS.id, sentence: '' }] },
    fromPage('https://www.bbc.com/arabic/d'),
  );
  expect(reply.written).toBe(0);
});

it('keeps a year of history unless told otherwise, and forever or 30 days when chosen', async () => {
  const keep = root.querySelector('select[name="keep"]') as HTMLSelectElement;
  expect(keep.value).toBe('365');
  expect([...keep.options].map((option) => option.textContent)).toEqual([
    '30 days',
    '90 days',
    'a year',
    'ever',
  ]);
  fill(keep, 'null');
  await settle(() =>
    expect(root.querySelector('[role="status"]')?.textContent).toBe('History is kept until you clear it.'),
  );
  expect((await background.send({ type: 'history/stats' })).keepDays).toBeNull();
  fill(root.querySelector('select[name="keep"]'), '30');
  await settle(() =>
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'History is kept for 30 days; 0 older records deleted.',
    ),
  );
  expect((await background.send({ type: 'history/stats' })).keepDays).toBe(30);
});

it('forgets one site', async () => {
  button(root, 'Forget').click();
  await settle(() =>
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Forgot www.aljazeera.net (2 records).'),
  );
  await settle(() => expect(sites()).toEqual(['www.bbc.com1Forget']));
});

it('clears everything after a confirmation', async () => {
  button(root, 'Clear all history…').click();
  await settle(() =>
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toMatch(/Delete all 3 records\?/),
  );
  button(root.querySelector('[role="alertdialog"]') as Element, 'Clear all history').click();
  await settle(() =>
    expect(root.querySelector('[role="status"]')?.textContent).toBe('History cleared (3 records).'),
  );
  await settle(() => expect(root.querySelector('.summary')?.textContent).toBe('No records yet.'));
});
