import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from './check-data';
import { designFromData } from './design-from-data';
import { readDesign } from './read-design';
import { writeDesignJson, writeDesignYaml } from './write-design';

/**
 * What the studio writes (autosave, Save, YAML) it can always read back: the
 * largest design the schema allows (10,000 nodes), with names and settings
 * like real ones, is written compactly enough for the reader's size limit.
 */

function largestDesign() {
  const domains = ['orders', 'payments', 'shipping', 'inventory', 'customers'];
  const nodes: Array<Record<string, unknown>> = [];
  const connections: Array<Record<string, unknown>> = [];
  const layout: Record<string, { x: number; y: number }> = {};
  for (let i = 0; nodes.length < 10_000; i++) {
    const d = `${domains[i % domains.length]}-${i}`;
    const ids = [`${d}-service`, `${d}.events`, `${d}.events.dlq`, `${d}-projector`];
    nodes.push(
      { kind: 'producer', id: ids[0], name: `${d} service`, instances: 3, kafka: { acks: i % 2 ? '1' : 'all', 'linger.ms': 5 }, notes: `Publishes the ${d} events` },
      { kind: 'kafka-topic', id: ids[1], name: `${d}.events`, partitions: 12, replicationFactor: 3, config: { 'min.insync.replicas': 2, 'retention.ms': 604800000 } },
      { kind: 'kafka-topic', id: ids[2], name: `${d}.events.dlq`, role: 'dead-letter', partitions: 3 },
      { kind: 'consumer-group', id: ids[3], name: `${d} projector`, instances: 4, idempotent: true, lagAlert: true },
    );
    connections.push(
      { id: `${ids[0]}--${ids[1]}`, kind: 'publish', from: ids[0], to: ids[1] },
      { id: `${ids[1]}--${ids[3]}`, kind: 'consume', from: ids[1], to: ids[3] },
      { id: `${ids[3]}--${ids[2]}`, kind: 'dead-letter', from: ids[3], to: ids[2] },
    );
    ids.forEach((id, k) => (layout[id] = { x: k * 320, y: i * 120 }));
  }
  const result = designFromData({ queuewright: 1, name: 'Largest', notes: 'The schema allows 10,000 nodes.', nodes, connections, layout });
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.design;
}

describe('writing designs', () => {
  it('writes the largest design compactly, and reads back exactly what it wrote', () => {
    const design = largestDesign();
    expect(design.nodes).toHaveLength(10_000);
    for (const text of [writeDesignJson(design), writeDesignYaml(design)]) {
      expect(text.length).toBeLessThan(MAX_INPUT_BYTES);
      const read = readDesign(text);
      if (!read.ok) throw new Error(read.errors[0].message);
      expect(read.design).toEqual(design);
    }
  }, 120_000);

  it('leaves out what the schema fills in, and indentation', () => {
    const design = designFromData({ queuewright: 1, nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders', partitions: 12 }] });
    if (!design.ok) throw new Error('fixture');
    expect(writeDesignJson(design.design)).toBe('{"queuewright":1,"nodes":[{"kind":"kafka-topic","id":"orders","name":"orders","partitions":12}]}\n');
  });
});
