import { describe, expect, it } from 'vitest';
import { daysToFill, diskGiBPerBrokerFor, retainedBytes, usableClusterDiskBytes } from './retained-disk';

describe('retained disk', () => {
  it('is retention × bytes per second, capped by the byte limit', () => {
    // 7 days at 1 MB/s: 604.8 GB per copy.
    expect(retainedBytes(7 * 86_400, 1_000_000)).toBe(604_800_000_000);
    expect(retainedBytes(7 * 86_400, 1_000_000, 100_000_000_000)).toBe(100_000_000_000);
    expect(retainedBytes(Infinity, 1_000_000)).toBe(Infinity);
    expect(retainedBytes(Infinity, 0)).toBe(0);
  });

  it('refuses negative inputs, saying which', () => {
    expect(() => retainedBytes(-1, 10)).toThrow(/-1 s/);
  });

  it("a cluster offers 80 % of its brokers' disks", () => {
    expect(usableClusterDiskBytes(3, 1000)).toBe(3 * 1000 * 2 ** 30 * 0.8);
  });

  it('sizes the disk per broker to keep the data within 80 %, in whole GiB', () => {
    // 1,814.4 GB over 3 brokers at 80 %: 756 GB ≈ 704.1 GiB each.
    expect(diskGiBPerBrokerFor(1_814_400_000_000, 3)).toBe(705);
    expect(diskGiBPerBrokerFor(3 * 100 * 2 ** 30 * 0.8, 3)).toBe(100);
    expect(diskGiBPerBrokerFor(0, 3)).toBe(1);
  });

  it('an unbounded log fills the usable disk in usable / rate', () => {
    expect(daysToFill(86_400 * 1000, 1000)).toBe(1);
    expect(daysToFill(1, 0)).toBe(Infinity);
  });
});
