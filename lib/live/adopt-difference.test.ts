import { describe, expect, it } from 'vitest';
import { designFromData, type Design } from '../design';
import { addLiveResource, adoptLiveValue } from './adopt-difference';
import { differenceTarget } from './difference-node';
import type { Difference } from './drift';

function design(data: object): Design {
  const read = designFromData({ queuewright: 2, ...data });
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.design;
}

const RABBIT = { id: 'r', name: 'Rabbit', broker: 'rabbitmq', version: '3.10' };
const base = design({
  clusters: [RABBIT, { id: 'k', name: 'Kafka', broker: 'kafka', version: '4.1' }],
  nodes: [
    { kind: 'kafka-topic', id: 'orders', name: 'orders', cluster: 'k', partitions: 6, config: { 'retention.ms': 86400000 } },
    { kind: 'rabbitmq-exchange', id: 'jobs', name: 'jobs', cluster: 'r', type: 'direct' },
    { kind: 'rabbitmq-queue', id: 'work', name: 'work', cluster: 'r', arguments: { 'x-message-ttl': 1000, 'x-max-length': 10 } },
    { kind: 'rabbitmq-queue', id: 'other', name: 'other', vhost: 'billing', cluster: 'r' },
  ],
  connections: [{ id: 'b', kind: 'bind', from: 'jobs', to: 'work', routingKey: 'job' }],
});

const differs = (type: Difference['resource']['type'], name: string, setting: string, design: string | undefined, live: string | undefined): Difference => ({
  kind: 'differs',
  resource: { type, name },
  setting,
  design,
  live,
  source: 'declared on the queue',
});
const node = (d: Design, id: string) => d.nodes.find((n) => n.id === id) as Record<string, unknown>;

describe('adoptLiveValue', () => {
  it('writes a live topic setting where the design keeps it, typed as the design writes it', () => {
    const partitions = adoptLiveValue(base, differs('topic', 'orders', 'partitions', '6', '12'));
    expect(partitions.ok && node(partitions.design, 'orders').partitions).toBe(12);
    const retention = adoptLiveValue(base, differs('topic', 'orders', 'retention.ms', '86400000', '604800000'));
    expect(retention.ok && node(retention.design, 'orders').config).toEqual({ 'retention.ms': 604800000 });
  });

  it('writes, and removes, a queue argument; finds a queue by vhost/name', () => {
    const ttl = adoptLiveValue(base, differs('queue', 'work', 'arguments.x-message-ttl', '1000', '15000'));
    expect(ttl.ok && node(ttl.design, 'work').arguments).toEqual({ 'x-message-ttl': 15000, 'x-max-length': 10 });
    const unset = adoptLiveValue(base, differs('queue', 'work', 'arguments.x-max-length', '10', ''));
    expect(unset.ok && node(unset.design, 'work').arguments).toEqual({ 'x-message-ttl': 1000 });
    const typed = adoptLiveValue(base, differs('queue', 'billing/other', 'type', 'classic', 'quorum'));
    expect(typed.ok && node(typed.design, 'other').type).toBe('quorum');
    expect(adoptLiveValue(base, differs('queue', 'other', 'type', 'classic', 'quorum'))).toMatchObject({ ok: false, reason: expect.stringContaining('no queue named other') });
  });

  it('refuses, with a reason, what the design cannot hold or keeps elsewhere', () => {
    expect(adoptLiveValue(base, differs('queue', 'work', 'arguments.x-max-length', '10', '-5'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/cannot hold arguments.x-max-length = -5: arguments.x-max-length: /),
    });
    expect(adoptLiveValue(base, differs('queue', 'work', 'arguments.x-dead-letter-exchange', '', 'dlx'))).toMatchObject({ ok: false, reason: expect.stringContaining('dead-letter connection') });
    expect(adoptLiveValue(base, differs('policy', 'ttl', 'pattern', 'a', 'b'))).toMatchObject({ ok: false, reason: expect.stringContaining("cluster's settings") });
    expect(adoptLiveValue(base, { kind: 'only-in-design', resource: { type: 'queue', name: 'work' } })).toMatchObject({ ok: false });
  });
});

describe('addLiveResource and differenceTarget', () => {
  const live = design({
    clusters: [{ ...RABBIT, id: 'live', name: 'RabbitMQ at localhost' }],
    nodes: [
      { kind: 'rabbitmq-exchange', id: 'jobs', name: 'jobs', cluster: 'live', type: 'direct' },
      { kind: 'rabbitmq-queue', id: 'work', name: 'work', cluster: 'live' },
      { kind: 'rabbitmq-queue', id: 'audit', name: 'audit', cluster: 'live', type: 'quorum', arguments: { 'x-max-length': 5 } },
    ],
    connections: [{ id: 'jobs--audit', kind: 'bind', from: 'jobs', to: 'audit', routingKey: 'job.#' }],
  });

  it("copies a queue only the cluster has onto the design's own cluster, with its settings", () => {
    const added = addLiveResource(base, live, { kind: 'only-in-cluster', resource: { type: 'queue', name: 'audit' } });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(node(added.design, 'audit')).toMatchObject({ kind: 'rabbitmq-queue', cluster: 'r', type: 'quorum', arguments: { 'x-max-length': 5 } });
    expect(added.design.clusters.map((c) => c.id)).toEqual(['r', 'k']);
    // The binding needs both ends: refused before the queue is there, made after.
    const binding: Difference = { kind: 'only-in-cluster', resource: { type: 'binding', name: 'jobs>audit:job.#' } };
    expect(addLiveResource(base, live, binding)).toMatchObject({ ok: false, reason: expect.stringContaining('Add audit to the design first') });
    const bound = addLiveResource(added.design, live, binding);
    expect(bound.ok && bound.design.connections.find((c) => c.to === 'audit')).toMatchObject({ from: 'jobs', kind: 'bind', routingKey: 'job.#' });
    expect(bound.ok && differenceTarget(bound.design, binding).connectionId).toBeDefined();
  });

  it('marks a binding on its connection, or on its exchange when the design lacks it', () => {
    expect(differenceTarget(base, { kind: 'differs', resource: { type: 'binding', name: 'jobs>work:job' } })).toEqual({ connectionId: 'b', nodeId: 'jobs' });
    expect(differenceTarget(base, { kind: 'only-in-cluster', resource: { type: 'binding', name: 'jobs>elsewhere:x' } })).toEqual({ nodeId: 'jobs' });
    expect(differenceTarget(base, { kind: 'only-in-cluster', resource: { type: 'policy', name: 'p' } })).toEqual({});
  });
});
