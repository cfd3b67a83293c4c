// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Localised } from '../../components/Localised';
import { App } from '../../entrypoints/options/App';
import { type FakeBackground, fakeBackground, mount, settle, unmount } from './options-harness';

let background: FakeBackground;
let root: HTMLElement;
beforeEach(async () => {
  background = await fakeBackground();
  root = mount(
    <Localised choice="auto" browserLanguage="en-GB" doc={document} title="optionsTitle">
      <App
        ask={background.ask}
        download={() => {}}
        preview={async () => Promise.reject(new Error('unused'))}
      />
    </Localised>,
  );
});
afterEach(() => {
  unmount(root);
  background.close();
});

const select = () => root.querySelector<HTMLSelectElement>('select[name="uiLanguage"]');
function choose(value: string): void {
  const field = select();
  if (field === null) throw new Error('no language select');
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

it('follows the browser (English here) until Arabic is chosen, then turns the page right to left at once', async () => {
  await settle(() => expect(select()?.value).toBe('auto'));
  expect(document.documentElement.dir).toBe('ltr');
  expect(root.querySelector('nav .tab')?.textContent).toBe('Glossary');
  choose('ar');
  await settle(() => expect(document.documentElement.dir).toBe('rtl'));
  expect(document.documentElement.lang).toBe('ar');
  expect(document.title).toBe('دليل: المسرد');
  expect(root.querySelector('nav .tab')?.textContent).toBe('المسرد');
  expect([...(select()?.options ?? [])].map((option) => [option.textContent, option.lang])).toEqual([
    ['لغة المتصفح', ''],
    ['English', 'en'],
    ['العربية', 'ar'],
  ]);
  expect((await background.ask({ type: 'settings/get' })).uiLanguage).toBe('ar');
  choose('auto');
  await settle(() => expect(document.documentElement.dir).toBe('ltr'));
  expect((await background.ask({ type: 'settings/get' })).uiLanguage).toBe('auto');
});

it('speaks the chosen language in what the page says later, after an "Edit entry" for a deleted entry', async () => {
  await settle(() => expect(select()?.value).toBe('auto'));
  choose('ar');
  await settle(() => expect(document.documentElement.dir).toBe('rtl'));
  // The card's "Edit entry" for an entry deleted since: the page's address names it.
  history.replaceState(null, '', '/options.html#entry=gone');
  window.dispatchEvent(new Event('hashchange'));
  await settle(() =>
    expect(root.querySelector('[role="status"]')?.textContent).toBe('لم يعد في المسرد مدخل «gone».'),
  );
  history.replaceState(null, '', '/options.html');
  choose('auto');
  await settle(() => expect(document.documentElement.dir).toBe('ltr'));
});
