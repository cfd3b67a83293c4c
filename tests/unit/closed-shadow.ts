import { vi } from 'vitest';

/**
 * Runs `create` and returns what it made with the shadow root it attached: the card host's root is closed
 * (no `host.shadowRoot`), so the tests take it as `attachShadow` hands it to the host's own code.
 */
export function withShadowRoot<T>(create: () => T): { made: T; shadow: ShadowRoot } {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  try {
    const made = create();
    const shadow = attach.mock.results.at(-1)?.value as ShadowRoot | undefined;
    if (shadow === undefined) throw new Error('no shadow root was attached');
    return { made, shadow };
  } finally {
    attach.mockRestore();
  }
}
