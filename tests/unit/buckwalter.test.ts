import { describe, expect, it } from 'vitest';
import { BUCKWALTER, fromBuckwalter } from '../../lib/arabic/buckwalter';
import { foldArabic } from '../../lib/arabic/normalize';

describe('fromBuckwalter', () => {
  // Each row's example is a Buckwalter word and the same word in Arabic script; marks aside (folding drops
  // them), the two must agree.
  it.each(BUCKWALTER.map(([latin, arabic, example]) => ({ latin, arabic, example })))(
    '$latin → $arabic ($example)',
    ({ latin, arabic, example }) => {
      const words = example.split(' ');
      const [bw = '', ar = ''] = words.slice(-2);
      expect(fromBuckwalter(latin)).toBe(arabic);
      expect(bw).toContain(latin);
      expect(foldArabic(fromBuckwalter(bw))).toBe(foldArabic(ar));
    },
  );

  it('keeps what the table does not hold', () => {
    expect(fromBuckwalter('Ely 2')).toBe('علي 2');
  });
});
