import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';

/**
 * The event queue against a sorted list: whatever mix of pushes, pops and
 * replaceTop (a handler scheduling its successor in the top's place), events
 * come out by time, ties in the order they were scheduled.
 */
type Op = { op: 'push'; time: number } | { op: 'pop' } | { op: 'replace'; time: number };

const ops = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('push' as const), time: fc.integer({ min: 0, max: 40 }) }),
    fc.record({ op: fc.constant('pop' as const) }),
    fc.record({ op: fc.constant('replace' as const), time: fc.integer({ min: 0, max: 40 }) }),
  ),
  { maxLength: 400 },
);

describe('EventQueue', () => {
  it('pops by (time, scheduling order) under any mix of push, pop and replaceTop, growing past its capacity', () => {
    fc.assert(
      fc.property(ops, (list: Op[]) => {
        const queue = new EventQueue(2);
        /** The reference: [time, seq, id] sorted on demand. */
        const reference: Array<[number, number, number]> = [];
        let seq = 0;
        const earliest = () => {
          reference.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
          return reference.shift()!;
        };
        for (const step of list) {
          if (step.op === 'push') {
            queue.push(step.time, 1, seq, seq + 1000);
            reference.push([step.time, seq, seq]);
            seq++;
          } else if (step.op === 'pop') {
            if (reference.length === 0) {
              expect(queue.pop()).toBe(false);
              continue;
            }
            const [time, , id] = earliest();
            expect(queue.pop()).toBe(true);
            expect([queue.time, queue.a, queue.b]).toEqual([time, id, id + 1000]);
          } else {
            if (reference.length === 0) continue;
            const [time, , id] = earliest();
            expect(queue.peek()).toBe(true);
            expect([queue.time, queue.a]).toEqual([time, id]);
            // The successor may be due no earlier than now (handlers never schedule into the past).
            const next = time + step.time;
            queue.replaceTop(next, 2, seq, seq + 1000);
            reference.push([next, seq, seq]);
            seq++;
          }
          expect(queue.size).toBe(reference.length);
        }
        while (reference.length > 0) {
          const [time, , id] = earliest();
          expect(queue.pop()).toBe(true);
          expect([queue.time, queue.a]).toEqual([time, id]);
        }
        expect(queue.pop()).toBe(false);
        expect(queue.peekTime()).toBe(Infinity);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
