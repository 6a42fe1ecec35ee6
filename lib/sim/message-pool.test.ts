import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_SPARE_RECORDS, MessagePool } from './message-pool';

describe('message pool', () => {
  // Test files may share a worker: a pool that reserves takes whatever spare another file's runs left.
  beforeEach(() => new MessagePool(1).reserve(2));

  it('hands out fresh ids, then the released ones, and keeps records when it grows', () => {
    const pool = new MessagePool(2);
    const [a, b, c] = [pool.alloc(), pool.alloc(), pool.alloc()];
    expect([a, b, c]).toEqual([0, 1, 2]);
    pool.birth[c] = 7;
    pool.release(b);
    expect(pool.alloc()).toBe(b);
    pool.reserve(100);
    expect(pool.birth.length).toBe(100);
    expect(pool.birth[c]).toBe(7);
    expect(pool.alloc()).toBe(3);
  });

  it("a recycled pool's arrays go to the next pool that reserves as many records or fewer, fan-out shares cleared", () => {
    const first = new MessagePool();
    first.reserve(50_000);
    const m = first.alloc();
    first.shares[m] = 3;
    const birth = first.birth;
    first.recycle();
    // The recycled pool is empty and still works.
    expect(first.birth.length).toBe(1024);
    expect(first.alloc()).toBe(0);

    const next = new MessagePool();
    next.reserve(40_000);
    expect(next.birth).toBe(birth);
    expect(next.shares.every((s) => s === 0)).toBe(true);
    expect(next.alloc()).toBe(0);

    // Taken once: the pool after it gets arrays of its own.
    const third = new MessagePool();
    third.reserve(40_000);
    expect(third.birth).not.toBe(birth);
  });

  it('a run that reserves more than the spare holds gets new arrays', () => {
    const small = new MessagePool();
    small.reserve(10_000);
    const birth = small.birth;
    small.recycle();
    const big = new MessagePool();
    big.reserve(20_000);
    expect(big.birth).not.toBe(birth);
    expect(big.birth.length).toBe(20_000);
  });

  it('arrays above MAX_SPARE_RECORDS are not kept for the next run; a smaller spare already kept stays', () => {
    const small = new MessagePool();
    small.reserve(10_000);
    const kept = small.birth;
    small.recycle();
    const huge = new MessagePool(MAX_SPARE_RECORDS + 1);
    const dropped = huge.birth;
    huge.recycle();
    expect(huge.birth.length).toBe(1024);
    const next = new MessagePool();
    next.reserve(5_000);
    expect(next.birth).toBe(kept);
    expect(next.birth).not.toBe(dropped);
  });

  it('arrays of exactly MAX_SPARE_RECORDS are kept', () => {
    const pool = new MessagePool();
    pool.reserve(MAX_SPARE_RECORDS);
    const birth = pool.birth;
    pool.recycle();
    const next = new MessagePool();
    next.reserve(MAX_SPARE_RECORDS);
    expect(next.birth).toBe(birth);
  });
});
