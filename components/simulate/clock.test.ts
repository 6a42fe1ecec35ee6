import { describe, expect, it } from 'vitest';
import { clock, latency } from './clock';

describe('simulated time as shown', () => {
  it('reads as a clock, with hours past an hour', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(61_400)).toBe('1:01');
    expect(clock(3_600_000 + 5 * 60_000 + 9_000)).toBe('1:05:09');
  });

  it('latency keeps small numbers exact and large ones readable', () => {
    expect(latency(12.345)).toBe('12.345 ms');
    expect(latency(45_600)).toBe('45.6 s');
    expect(latency(304_087.04)).toBe('304.1 s');
    expect(latency(904_087.04)).toBe('15:04');
  });
});
