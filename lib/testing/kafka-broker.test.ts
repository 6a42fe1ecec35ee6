import { describe, expect, it } from 'vitest';
import { randomClusterId } from './kafka-broker';

describe('randomClusterId', () => {
  it('never starts with "-", which kafka-storage would read as a flag', () => {
    // 0xF8 encodes to "-" as the first base64url character; the second draw does not.
    const draws = [Buffer.alloc(16, 0xf8), Buffer.alloc(16, 0x41)];
    const id = randomClusterId(() => draws.shift()!);
    expect(id).not.toMatch(/^-/);
    expect(draws).toEqual([]);
  });

  it('is 22 base64url characters, as kafka-storage random-uuid prints', () => {
    expect(randomClusterId()).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
  });
});
