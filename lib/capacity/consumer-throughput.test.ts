import { describe, expect, it } from 'vitest';
import { messagesPerSecond, threadsFor } from './consumer-throughput';

describe('consumer throughput', () => {
  it('is threads × 1000 / service time', () => {
    expect(messagesPerSecond(20, 50)).toBe(400);
    expect(messagesPerSecond(3, 700)).toBeCloseTo(4.2857, 4);
    expect(messagesPerSecond(4, 0)).toBe(Infinity);
  });

  it('needs the offered load in threads, over the target utilisation, rounded up', () => {
    expect(threadsFor(800, 50)).toBe(40);
    expect(threadsFor(800, 15)).toBe(12); // 12.000000000000002 in floating point
    expect(threadsFor(801, 15)).toBe(13);
    expect(threadsFor(700, 10, 0.7)).toBe(10);
    expect(threadsFor(0, 10)).toBe(1);
  });

  it('refuses a utilisation outside (0, 1]', () => {
    expect(() => threadsFor(10, 10, 0)).toThrow(/target utilisation must be in \(0, 1\], got 0/);
    expect(() => threadsFor(10, 10, 1.5)).toThrow(RangeError);
  });
});
