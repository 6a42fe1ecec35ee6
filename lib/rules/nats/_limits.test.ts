import { describe, expect, it } from 'vitest';
import { formatBytes, parseSize } from './_limits';

describe('parseSize', () => {
  it.each([
    [1048576, 1048576],
    ['1048576', 1048576],
    ['8MB', 8 * 1024 * 1024],
    ['8mb', 8 * 1024 * 1024],
    ['512KB', 512 * 1024],
    ['1M', 1_000_000],
    ['64 MiB', 64 * 1024 * 1024],
    ['lots', undefined],
    [-1, undefined],
    [true, undefined],
  ])('%s → %s', (input, expected) => {
    expect(parseSize(input)).toBe(expected);
  });

  it('formats bytes', () => {
    expect(formatBytes(1048576)).toBe('1 MiB');
    expect(formatBytes(2048)).toBe('2 KiB');
    expect(formatBytes(5_000_000)).toBe('4.8 MiB');
    expect(formatBytes(500)).toBe('500 bytes');
  });
});
