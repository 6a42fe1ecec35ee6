import { describe, expect, it } from 'vitest';
import { thousands } from './thousands';

describe('thousands', () => {
  it('groups digits by three and rounds, as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 12_000, 1_234_567, 40_000.4, 1e9, -2500]) expect(thousands(n)).toBe(Math.round(n).toLocaleString('en-US'));
  });
});
