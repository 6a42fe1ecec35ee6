import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_SPARE_RECORDS, MessagePool } from './message-pool';

describe('message pool', () => {
  // Test files may share a worker: a pool that reserves takes whatever spare another file's runs left.
  beforeEach(() => new MessagePool(1).reserve(2));

  it('hands out fresh ids, then the released ones, and keeps records when it grows', () => {
    const pool = new MessagePool(2);
    const [a, b, c] = [pool.alloc(), pool.alloc(), pool.alloc()];
    expect([a, b, c]).toEqual([0, 1, 2]);
    pool.setBirth(c, 7);
    pool.release(b);
    expect(pool.alloc()).toBe(b);
    pool.reserve(100);
    expect(pool.capacity).toBe(100);
    expect(pool.birth(c)).toBe(7);
    expect(pool.alloc()).toBe(3);
  });

  it("a recycled pool's records go to the next pool that reserves as many records or fewer, fan-out shares cleared", () => {
    const first = new MessagePool();
    first.reserve(50_000);
    const m = first.alloc();
    first.setShares(m, 3);
    first.setBirth(m, 42);
    first.setBirth(49_999, 43);
    first.setShares(49_999, 200);
    first.recycle();
    // The recycled pool is empty and still works.
    expect(first.capacity).toBe(1024);
    expect(first.alloc()).toBe(0);

    const next = new MessagePool();
    next.reserve(40_000);
    // The same records (a birth the first pool wrote), every share cleared.
    expect([next.capacity, next.birth(m), next.birth(49_999)]).toEqual([50_000, 42, 43]);
    expect([next.shares(m), next.shares(49_999)]).toEqual([0, 0]);
    expect(next.alloc()).toBe(0);

    // Taken once: the pool after it gets records of its own.
    const third = new MessagePool();
    third.reserve(40_000);
    expect([third.capacity, third.birth(m)]).toEqual([40_000, 0]);
  });

  it('a run that reserves more than the spare holds gets new arrays', () => {
    const small = new MessagePool();
    small.reserve(10_000);
    small.setBirth(0, 42);
    small.recycle();
    const big = new MessagePool();
    big.reserve(20_000);
    expect([big.capacity, big.birth(0)]).toEqual([20_000, 0]);
  });

  it('arrays above MAX_SPARE_RECORDS are not kept for the next run; a smaller spare already kept stays', () => {
    const small = new MessagePool();
    small.reserve(10_000);
    small.setBirth(0, 1);
    small.recycle();
    const huge = new MessagePool(MAX_SPARE_RECORDS + 1);
    huge.setBirth(0, 2);
    huge.recycle();
    expect(huge.capacity).toBe(1024);
    const next = new MessagePool();
    next.reserve(5_000);
    expect([next.capacity, next.birth(0)]).toEqual([10_000, 1]);
  });

  it('arrays of exactly MAX_SPARE_RECORDS are kept', () => {
    const pool = new MessagePool();
    pool.reserve(MAX_SPARE_RECORDS);
    pool.setBirth(MAX_SPARE_RECORDS - 1, 42);
    pool.recycle();
    const next = new MessagePool();
    next.reserve(MAX_SPARE_RECORDS);
    expect(next.birth(MAX_SPARE_RECORDS - 1)).toBe(42);
  });
});
