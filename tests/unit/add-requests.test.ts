/** The background's one-time add requests: what an add window's token gives, once. */
import { describe, expect, it } from 'vitest';
import { createAddRequests } from '../../lib/background/add-requests';

function counter(): () => string {
  let next = 0;
  return () => `t${next++}`;
}

describe('add requests', () => {
  it('gives a request to the token it was put under, once', () => {
    const requests = createAddRequests(counter());
    const token = requests.put({ kind: 'selection', text: 'محمد' });
    expect(requests.take(token)).toEqual({ kind: 'selection', text: 'محمد' });
    // The window reloaded, or its address was opened again: nothing, rather than the name again.
    expect(requests.take(token)).toBeNull();
    expect(requests.take('never-given')).toBeNull();
  });

  it('keeps two windows apart', () => {
    const requests = createAddRequests(counter());
    const first = requests.put({ kind: 'selection', text: 'أ' });
    const second = requests.put({ kind: 'selection', text: 'ب' });
    expect(requests.take(second)).toEqual({ kind: 'selection', text: 'ب' });
    expect(requests.take(first)).toEqual({ kind: 'selection', text: 'أ' });
  });

  it('forgets the oldest of requests no window asked for, beyond sixteen', () => {
    const requests = createAddRequests(counter());
    const tokens = Array.from({ length: 17 }, (_, i) => requests.put({ kind: 'selection', text: `${i}` }));
    expect(requests.take(tokens[0] as string)).toBeNull();
    expect(requests.take(tokens[1] as string)).toEqual({ kind: 'selection', text: '1' });
    expect(requests.take(tokens[16] as string)).toEqual({ kind: 'selection', text: '16' });
  });

  it('makes tokens no page can guess by default', () => {
    const requests = createAddRequests();
    const a = requests.put({ kind: 'selection', text: 'x' });
    const b = requests.put({ kind: 'selection', text: 'x' });
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });
});
