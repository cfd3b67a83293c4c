import { describe, expect, it } from 'vitest';
import { createSelectionHandover } from '../../lib/background/selection-handover';

describe('createSelectionHandover', () => {
  it('gives the add page its selection once, by a token that says nothing of it', () => {
    const handover = createSelectionHandover();
    const selection = 'زياد الحمصي';
    const token = handover.give(selection);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(handover.give('سليم بوزيدي')).not.toBe(token);
    expect(handover.take('unknown')).toBeNull();
    expect(handover.take(token)).toBe(selection);
    expect(handover.take(token)).toBeNull();
  });

  it('keeps the last 20 selections no add page took', () => {
    const handover = createSelectionHandover();
    const tokens = Array.from({ length: 25 }, (_, i) => handover.give(`selection ${i}`));
    expect(tokens.map((token) => handover.take(token))).toEqual([
      ...Array.from({ length: 5 }, () => null),
      ...Array.from({ length: 20 }, (_, i) => `selection ${i + 5}`),
    ]);
  });
});
