import { describe, expect, it } from 'vitest';
import { Deque, reserveDeques } from './deque';

describe('deque', () => {
  it('keeps its ids in order when reserving room after the ring has wrapped, and when pushing past the reservation', () => {
    const deque = new Deque(4);
    for (const id of [1, 2, 3]) deque.pushBack(id);
    expect(deque.popFront()).toBe(1);
    deque.pushBack(4);
    deque.pushBack(5); // full, and wrapped: 5 | 2 3 4
    reserveDeques([deque], [5]); // room for 8, unrolled
    deque.pushFront(0);
    for (let id = 6; id < 40; id++) deque.pushBack(id);
    const out: number[] = [];
    deque.drain(out);
    expect(out).toEqual([0, 2, 3, 4, 5, ...Array.from({ length: 34 }, (_, i) => i + 6)]);
  });

  it('reserves room for several from one buffer, each its own (a power of two), and a full one still grows', () => {
    const [a, b] = [new Deque(2), new Deque(2)];
    a.pushBack(7);
    reserveDeques([a, b], [3, 5]);
    expect([a.capacity, b.capacity]).toEqual([4, 8]);
    for (let id = 0; id < 9; id++) b.pushBack(id);
    for (let id = 8; id < 12; id++) a.pushBack(id);
    const [outA, outB]: number[][] = [[], []];
    a.drain(outA);
    b.drain(outB);
    expect(outA).toEqual([7, 8, 9, 10, 11]);
    expect(outB).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reserving less than it holds changes nothing', () => {
    const deque = new Deque(8);
    for (let id = 0; id < 8; id++) deque.pushBack(id);
    reserveDeques([deque], [3]);
    expect(deque.size).toBe(8);
    expect(deque.peekFront()).toBe(0);
  });
});
