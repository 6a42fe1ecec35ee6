import { designFromData, type Design } from '../design';

/**
 * A design as large as the schema allows (10,000 nodes by default), built in
 * one pass (no per-node operations, so it takes well under a second): Kafka
 * pipelines of producer → topic → consumer group with a dead-letter topic,
 * with names, settings and notes like real ones, deliberate gaps for the
 * rules to find, and a layout. For tests of what must hold at the limit
 * (files that read back, links that open without freezing the tab).
 */
export function largeDesign(nodeCount = 10_000): Design {
  const domains = ['orders', 'payments', 'shipping', 'inventory', 'customers'];
  const nodes: Array<Record<string, unknown>> = [];
  const connections: Array<Record<string, unknown>> = [];
  const layout: Record<string, { x: number; y: number }> = {};
  for (let i = 0; nodes.length < nodeCount; i++) {
    const d = `${domains[i % domains.length]}-${i}`;
    const ids = [`${d}-service`, `${d}.events`, `${d}.events.dlq`, `${d}-projector`];
    nodes.push(
      { kind: 'producer', id: ids[0], name: `${d} service`, instances: 3, kafka: { acks: i % 2 ? '1' : 'all', 'linger.ms': 5 }, notes: `Publishes the ${d} events` },
      { kind: 'kafka-topic', id: ids[1], name: `${d}.events`, partitions: 12, replicationFactor: i % 3 ? 3 : 1, config: { 'min.insync.replicas': 2, 'retention.ms': 604800000 } },
      { kind: 'kafka-topic', id: ids[2], name: `${d}.events.dlq`, role: 'dead-letter', partitions: 3 },
      { kind: 'consumer-group', id: ids[3], name: `${d} projector`, instances: 4, idempotent: i % 2 === 0, lagAlert: true },
    );
    connections.push(
      { id: `${ids[0]}--${ids[1]}`, kind: 'publish', from: ids[0], to: ids[1] },
      { id: `${ids[1]}--${ids[3]}`, kind: 'consume', from: ids[1], to: ids[3] },
      { id: `${ids[3]}--${ids[2]}`, kind: 'dead-letter', from: ids[3], to: ids[2] },
    );
    ids.forEach((id, k) => (layout[id] = { x: k * 320, y: i * 120 }));
  }
  nodes.length = nodeCount;
  const kept = new Set(nodes.map((n) => n.id));
  const result = designFromData({
    queuewright: 1,
    name: `Largest (${nodeCount} nodes)`,
    notes: 'As many nodes as the schema allows.',
    nodes,
    connections: connections.filter((c) => kept.has(c.from as string) && kept.has(c.to as string)),
    layout,
  });
  if (!result.ok) throw new Error(`largeDesign: ${result.errors[0].message}`);
  return result.design;
}
