import { describe, expect, it } from 'vitest';
import { anySubjectOverlap, firstOverlap, subjectsOverlap } from './_helpers';

describe('subjectsOverlap', () => {
  it.each([
    ['orders.created', 'orders.created', true],
    ['orders.created', 'orders.shipped', false],
    ['orders.*', 'orders.created', true],
    ['orders.*', 'orders.eu.created', false],
    ['orders.>', 'orders.eu.created', true],
    ['orders.>', 'orders', false],
    ['>', 'orders', true],
    ['>', 'a.b.c', true],
    ['orders.*.created', 'orders.eu.*', true],
    ['orders.*.created', 'orders.eu.shipped', false],
    ['*.eu', 'orders.*', true],
    ['orders.*', 'orders.*.x', false],
    ['orders.*.>', 'orders.eu', false],
    ['orders.*.>', 'orders.eu.x.y', true],
    ['a.b', 'a.b.c', false],
  ])('%s ∩ %s → %s', (a, b, expected) => {
    expect(subjectsOverlap(a, b)).toBe(expected);
    expect(subjectsOverlap(b, a)).toBe(expected);
  });

  it('checks lists pairwise', () => {
    expect(anySubjectOverlap(['a.x', 'b.*'], ['c.>', 'b.y'])).toBe(true);
    expect(anySubjectOverlap(['a.x'], ['a.y', 'b.>'])).toBe(false);
    expect(anySubjectOverlap([], ['>'])).toBe(false);
    expect(firstOverlap(['a.x', 'b.*'], ['c.>', 'b.y'])).toEqual(['b.*', 'b.y']);
    expect(firstOverlap(['a.x'], ['b.y'])).toBeUndefined();
  });
});
