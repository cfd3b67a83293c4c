// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { HoverDelaySetting } from '../../components/HoverDelaySetting';
import { type FakeBackground, fakeBackground, fill, mount, settle, unmount } from './options-harness';

let background: FakeBackground;
let root: HTMLElement;
beforeEach(async () => {
  background = await fakeBackground();
  root = mount(<HoverDelaySetting ask={background.ask} />);
});
afterEach(() => {
  unmount(root);
  background.close();
});

const input = () => root.querySelector<HTMLInputElement>('input[name="hoverDelayMs"]');

/** Types a value and leaves the field, as a person does (the setting is stored on change). */
function enter(value: string): void {
  fill(input(), value);
  input()?.dispatchEvent(new Event('change', { bubbles: true }));
}

it('shows the stored delay (150 ms unless changed) and stores a new one', async () => {
  await settle(() => expect(input()?.value).toBe('150'));
  enter('400');
  await settle(() => expect(root.querySelector('[role="status"]')?.textContent).toMatch(/400 ms/));
  expect((await background.ask({ type: 'settings/get' })).hoverDelayMs).toBe(400);
});

it('refuses a delay out of range without storing it', async () => {
  await settle(() => expect(input()?.value).toBe('150'));
  enter('9000');
  await settle(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Choose 0 to 2000 ms.'));
  expect((await background.ask({ type: 'settings/get' })).hoverDelayMs).toBe(150);
});
