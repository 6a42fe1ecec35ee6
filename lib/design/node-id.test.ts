import { describe, expect, it } from 'vitest';
import { designFromData } from './design-from-data';
import { designSchema, emptyDesign, type Design } from './design';
import { idFollowsName, pinNodeId, renameNode, unpinNodeId } from './node-id';
import { addNode, connect } from './operations';

function pipeline(): Design {
  let d = emptyDesign();
  d = addNode(d, 'producer', { position: { x: 0, y: 0 } }).design;
  d = addNode(d, 'kafka-topic', { position: { x: 300, y: 0 } }).design;
  d = addNode(d, 'consumer-group', { position: { x: 600, y: 0 } }).design;
  const a = connect(d, 'producer', 'kafka-topic');
  if (!a.ok) throw new Error(a.reason);
  const b = connect(a.design, 'kafka-topic', 'consumer-group');
  if (!b.ok) throw new Error(b.reason);
  return b.design;
}

function ok(result: ReturnType<typeof renameNode>) {
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('renameNode', () => {
  it('gives an unpinned node the name’s slug as id and rewrites every reference', () => {
    const before = pipeline();
    const { design, id } = ok(renameNode(before, 'consumer-group', 'Payment'));
    expect(id).toBe('payment');
    expect(design.nodes.map((n) => [n.id, n.name])).toEqual([
      ['producer', 'producer'],
      ['kafka-topic', 'kafka-topic'],
      ['payment', 'Payment'],
    ]);
    expect(design.connections.map((c) => [c.id, c.from, c.to])).toEqual([
      ['producer--kafka-topic', 'producer', 'kafka-topic'],
      ['kafka-topic--payment', 'kafka-topic', 'payment'],
    ]);
    expect(design.layout).toEqual({ producer: { x: 0, y: 0 }, 'kafka-topic': { x: 300, y: 0 }, payment: { x: 600, y: 0 } });
    expect(designSchema.safeParse(design).success).toBe(true);
    // The old design object is untouched: undo is keeping it.
    expect(before.nodes[2].id).toBe('consumer-group');
  });

  it('rewrites principals’ services and SNS redrive targets, and keeps connection ids a person wrote', () => {
    const design = designSchema.parse({
      queuewright: 2,
      clusters: [
        { id: 'k', name: 'k', broker: 'kafka', principals: [{ name: 'billing', service: 'billing-svc' }] },
        { id: 'aws', name: 'aws', broker: 'sqs-sns' },
      ],
      nodes: [
        { kind: 'consumer-group', id: 'billing-svc', name: 'billing-svc', cluster: 'k' },
        { kind: 'sns-topic', id: 'orders', name: 'orders', cluster: 'aws' },
        { kind: 'sqs-queue', id: 'billing', name: 'billing', cluster: 'aws' },
        { kind: 'sqs-queue', id: 'billing-dlq', name: 'billing-dlq', cluster: 'aws' },
      ],
      connections: [{ id: 'my-subscription', kind: 'subscription', from: 'orders', to: 'billing', deadLetterQueue: 'billing-dlq' }],
    });
    const a = ok(renameNode(design, 'billing-svc', 'Billing service')).design;
    expect(a.clusters[0].principals?.[0].service).toBe('billing-service');
    const b = ok(renameNode(a, 'billing-dlq', 'billing.redrive')).design;
    expect(b.connections[0]).toMatchObject({ id: 'my-subscription', deadLetterQueue: 'billing.redrive' });
    const c = ok(renameNode(b, 'billing', 'Billing')).design;
    expect(c.connections[0]).toMatchObject({ id: 'my-subscription', to: 'billing' });
  });

  it('makes the new id unique among the other nodes', () => {
    const { id } = ok(renameNode(pipeline(), 'consumer-group', 'Kafka topic'));
    expect(id).toBe('kafka-topic-2');
  });

  it('keeps a pinned id', () => {
    const pinned = pinNodeId(pipeline(), 'consumer-group', 'payments-v1');
    if (!pinned.ok) throw new Error(pinned.reason);
    expect(pinned.design.nodes[2]).toMatchObject({ id: 'payments-v1', idPinned: true });
    expect(pinned.design.connections[1].to).toBe('payments-v1');
    const renamed = ok(renameNode(pinned.design, 'payments-v1', 'Payment'));
    expect(renamed.id).toBe('payments-v1');
    expect(renamed.design.nodes[2].name).toBe('Payment');
    const unpinned = unpinNodeId(renamed.design, 'payments-v1');
    if (!unpinned.ok) throw new Error(unpinned.reason);
    expect(unpinned.id).toBe('payment');
    expect(unpinned.design.nodes[2].idPinned).toBeUndefined();
  });

  it('says what is wrong with a bad name, a bad id or a taken id', () => {
    const design = pipeline();
    expect(renameNode(design, 'nope', 'x')).toEqual({ ok: false, reason: 'There is no node "nope" to rename.' });
    expect(renameNode(design, 'producer', '')).toMatchObject({ ok: false, reason: expect.stringContaining('A name cannot be empty') });
    expect(pinNodeId(design, 'producer', 'has space')).toMatchObject({ ok: false, reason: expect.stringContaining('cannot be an id') });
    expect(pinNodeId(design, 'producer', 'kafka-topic')).toEqual({ ok: false, reason: 'Another node already has the id "kafka-topic".' });
  });

  it('returns the same design for the same name', () => {
    const design = pipeline();
    expect(ok(renameNode(design, 'producer', 'producer')).design).toBe(design);
  });

  it('stores the pin in the file, and files without it load unpinned', () => {
    const read = designFromData({
      queuewright: 2,
      nodes: [
        { kind: 'kafka-topic', id: 't', name: 'orders', idPinned: true },
        { kind: 'kafka-topic', id: 'old', name: 'legacy' },
      ],
    });
    if (!read.ok) throw new Error('does not read');
    expect(read.notices ?? []).toEqual([]);
    expect(read.design.nodes.map((n) => n.idPinned)).toEqual([true, undefined]);
    expect(ok(renameNode(read.design, 'old', 'payments')).id).toBe('payments');
  });
});

describe('idFollowsName', () => {
  it('moves the id once a name edited in place is done, and leaves a pinned or matching id alone', () => {
    const typed = { ...pipeline() };
    typed.nodes = typed.nodes.map((n) => (n.id === 'consumer-group' ? { ...n, name: 'Payment' } : n));
    const moved = ok(idFollowsName(typed, 'consumer-group'));
    expect(moved.id).toBe('payment');
    expect(moved.design.connections[1].to).toBe('payment');
    expect(ok(idFollowsName(moved.design, 'payment')).design).toBe(moved.design);
    const pinned = pinNodeId(typed, 'consumer-group', 'billing-v1');
    if (!pinned.ok) throw new Error(pinned.reason);
    expect(ok(idFollowsName(pinned.design, 'billing-v1')).id).toBe('billing-v1');
    expect(idFollowsName(typed, 'nope')).toEqual({ ok: false, reason: 'There is no node "nope".' });
  });
});
