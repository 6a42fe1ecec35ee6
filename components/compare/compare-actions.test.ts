import { describe, expect, it } from 'vitest';
import { designFromData, type Design } from '@/lib/design';
import { differenceKey } from '@/lib/live/difference-node';
import type { Difference } from '@/lib/live/drift';
import { driftMarks } from './compare-actions';

function design(): Design {
  const read = designFromData({
    queuewright: 2,
    nodes: [
      { kind: 'rabbitmq-exchange', id: 'jobs', name: 'jobs' },
      { kind: 'rabbitmq-queue', id: 'work', name: 'work' },
    ],
    connections: [{ id: 'b', kind: 'bind', from: 'jobs', to: 'work', routingKey: 'job' }],
  });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.design;
}

describe('driftMarks', () => {
  const ttl: Difference = { kind: 'differs', resource: { type: 'queue', name: 'work' }, setting: 'arguments.x-message-ttl', design: '1000', live: '1500', source: 'declared on the queue' };
  const max: Difference = { kind: 'differs', resource: { type: 'queue', name: 'work' }, setting: 'arguments.x-max-length', design: undefined, live: '10' };
  const binding: Difference = { kind: 'only-in-cluster', resource: { type: 'binding', name: 'jobs>audit:job' } };
  const elsewhere: Difference = { kind: 'only-in-cluster', resource: { type: 'queue', name: 'audit' } };

  it('marks each node with its open differences, a binding on its exchange, and nothing for what the design lacks', () => {
    expect(driftMarks(design(), [ttl, max, binding, elsewhere], new Map())).toEqual({
      work: { count: 2, kinds: ['differs'], titles: ['arguments.x-message-ttl: design 1000, cluster 1500', 'arguments.x-max-length: design unset, cluster 10'] },
      jobs: { count: 1, kinds: ['only-in-cluster'], titles: ['only in cluster'] },
    });
  });

  it('leaves out what the person settled', () => {
    expect(
      driftMarks(
        design(),
        [ttl, max],
        new Map([
          [differenceKey(ttl), 'kept'],
          [differenceKey(max), 'adopted'],
        ]),
      ),
    ).toEqual({});
  });
});
