import { describe, expect, it } from 'vitest';
import { subjectsCollide } from './subjects';

describe('subjectsCollide', () => {
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
    expect(subjectsCollide(a, b)).toBe(expected);
    expect(subjectsCollide(b, a)).toBe(expected);
  });
});
