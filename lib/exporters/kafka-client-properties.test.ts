import fc from 'fast-check';
import { resolveDesign } from '../brokers/resolve';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { kafkaClientPropertiesExporter } from './kafka-client-properties';
import { fileStems } from './file-name';
import { groupIdOf, kafkaClients } from './kafka-common';
import { hostileName, hostileString, kafkaDesignArb } from '../testing/exports/arbitraries';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from '../testing/exports/fixtures';
import { hasJava, loadWithJava } from '../testing/exports/java-properties';
import { parseJavaProperties } from '../testing/exports/parse-back';

function files(design: Design): Map<string, string> {
  const result = kafkaClientPropertiesExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return new Map(result.files.map((f) => [f.path, f.content]));
}

const base = {
  clusters: [{ id: 'k', name: 'K', broker: 'kafka' }],
  nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders', cluster: 'k' }],
};

describe('kafka-client-properties exporter', () => {
  it.each(GOLDEN_FIXTURES)('matches the golden files for %s', (fixture) => {
    expectGolden('kafka-client-properties', fixture, kafkaClientPropertiesExporter.export(loadFixture(fixture)));
  });

  it('writes one producer file per publishing service and one consumer file per consuming group', () => {
    const out = files(loadFixture('kafka-order-pipeline'));
    expect([...out.keys()].sort()).toEqual([
      'consumers/fulfillment-service.properties',
      'consumers/notification-service.properties',
      'consumers/order-validator.properties',
      'consumers/payment-service.properties',
      'producers/fulfillment-service.properties',
      'producers/order-api.properties',
      'producers/order-validator.properties',
      'producers/payment-service.properties',
    ]);
    const producer = parseJavaProperties(out.get('producers/order-api.properties')!);
    expect(Object.fromEntries(producer)).toEqual({
      'bootstrap.servers': 'localhost:9092',
      'client.id': 'order-api',
      acks: 'all',
      'enable.idempotence': 'true',
      'max.in.flight.requests.per.connection': '5',
      'linger.ms': '10',
      'compression.type': 'zstd',
      'key.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
      'value.serializer': 'io.confluent.kafka.serializers.KafkaAvroSerializer',
      'schema.registry.url': 'http://localhost:8081',
    });
    const consumer = parseJavaProperties(out.get('consumers/fulfillment-service.properties')!);
    expect(consumer.get('partition.assignment.strategy')).toBe('org.apache.kafka.clients.consumer.RangeAssignor,org.apache.kafka.clients.consumer.CooperativeStickyAssignor');
    expect(consumer.get('group.id')).toBe('fulfillment-service');
    expect(consumer.get('enable.auto.commit')).toBe('false');
  });

  it('leaves out classic-protocol settings for group.protocol=consumer, saying why', () => {
    const design = makeDesign({
      ...base,
      nodes: [
        ...base.nodes,
        { kind: 'consumer-group', id: 'g', kafka: { 'group.protocol': 'consumer', 'partition.assignment.strategy': 'range', 'session.timeout.ms': 45000, 'group.remote.assignor': 'uniform' } },
      ],
      connections: [{ from: 'orders', to: 'g' }],
    });
    const text = files(design).get('consumers/g.properties')!;
    const props = parseJavaProperties(text);
    expect(props.get('group.protocol')).toBe('consumer');
    expect(props.get('group.remote.assignor')).toBe('uniform');
    expect(props.has('partition.assignment.strategy')).toBe(false);
    expect(props.has('session.timeout.ms')).toBe(false);
    expect(text).toMatch(/# partition.assignment.strategy is left out: group.protocol=consumer/);
  });

  it('refuses producer settings Kafka rejects at start, naming the producer', () => {
    const design = makeDesign({
      ...base,
      nodes: [...base.nodes, { kind: 'producer', id: 'p', name: 'Payments API', kafka: { acks: '1', 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 8 } }],
      connections: [{ from: 'p', to: 'orders' }],
    });
    const result = kafkaClientPropertiesExporter.export(design);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.nodeId)).toEqual(['p', 'p']);
    expect(result.errors[0].message).toMatch(/^Producer "Payments API" \(p\): enable.idempotence=true allows at most 5/);
  });

  it('gives each instance of a transactional producer its own file and transactional.id (<id>-<n>), documented in the file', () => {
    const design = makeDesign({
      ...base,
      nodes: [
        ...base.nodes,
        { kind: 'producer', id: 'payments', instances: 3, kafka: { 'transactional.id': 'payments-tx' } },
        { kind: 'producer', id: 'single', kafka: { 'transactional.id': 'single-tx' } },
      ],
      connections: [
        { from: 'payments', to: 'orders' },
        { from: 'single', to: 'orders' },
      ],
    });
    const out = files(design);
    expect([...out.keys()]).toEqual([
      'producers/payments.instance-0.properties',
      'producers/payments.instance-1.properties',
      'producers/payments.instance-2.properties',
      'producers/single.properties',
    ]);
    const ids = [0, 1, 2].map((n) => parseJavaProperties(out.get(`producers/payments.instance-${n}.properties`)!));
    expect(ids.map((p) => p.get('transactional.id'))).toEqual(['payments-tx-0', 'payments-tx-1', 'payments-tx-2']);
    expect(ids.map((p) => p.get('client.id'))).toEqual(['payments-0', 'payments-1', 'payments-2']);
    expect(out.get('producers/payments.instance-1.properties')).toContain(
      '# Instance 1 of 3: each instance has its own transactional.id (payments-tx-1), as producers that share one fence each other.',
    );
    expect(parseJavaProperties(out.get('producers/single.properties')!).get('transactional.id')).toBe('single-tx');
  });

  it('writes a file per cluster for a service on two clusters', () => {
    const design = makeDesign({
      clusters: [
        { id: 'east', name: 'East', broker: 'kafka' },
        { id: 'west', name: 'West', broker: 'kafka' },
      ],
      nodes: [
        { kind: 'kafka-topic', id: 'a', name: 'a', cluster: 'east' },
        { kind: 'kafka-topic', id: 'b', name: 'b', cluster: 'west' },
        { kind: 'producer', id: 'p' },
      ],
      connections: [
        { from: 'p', to: 'a' },
        { from: 'p', to: 'b' },
      ],
    });
    expect([...files(design).keys()]).toEqual(['producers/p.east.properties', 'producers/p.west.properties']);
  });

  it('keeps hostile group ids, transactional ids and names intact through java.util.Properties', () => {
    const designs = fc.sample(
      kafkaDesignArb({
        text: hostileName(),
        groupId: fc.option(hostileString(255), { nil: undefined }),
        transactionalId: fc.option(
          hostileString(249).filter((s) => s.length > 0),
          { nil: undefined },
        ),
      }),
      { numRuns: 80, seed: 7 },
    );
    const texts: string[] = [];
    const expected: Array<Record<string, string>> = [];
    let checked = 0;
    for (const design of designs) {
      const result = kafkaClientPropertiesExporter.export(design);
      if (!result.ok) {
        for (const e of result.errors) expect(e.nodeId === undefined || design.nodes.some((n) => n.id === e.nodeId)).toBe(true);
        continue;
      }
      for (const file of result.files) {
        // ASCII only: the same bytes whether read as ISO-8859-1 (Kafka) or UTF-8.
        expect(/^[\x20-\x7e\n]*$/.test(file.content), file.path).toBe(true);
        const props = parseJavaProperties(file.content);
        const stem = file.path.replace(/^(producers|consumers)\//, '').replace(/(\.[^.]+)?\.properties$/, '');
        const stems = fileStems(kafkaClients(design).map((c) => c.node));
        const node = resolveDesign(design).nodes.find((n) => stems.get(n.id) === stem)!;
        if (node.kind === 'consumer-group' && file.path.startsWith('consumers/')) expect(props.get('group.id')).toBe(groupIdOf(node));
        if (node.kind === 'producer' && node.kafka['transactional.id'] !== undefined) expect(props.get('transactional.id')).toBe(node.kafka['transactional.id']);
        texts.push(file.content);
        expected.push(Object.fromEntries(props));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    if (!hasJava()) {
      if (process.env.CI) throw new Error('java is missing: the .properties files could not be loaded with java.util.Properties');
      console.warn('\n!!! SKIPPED the java.util.Properties cross-check: no java on this machine.\n');
      return;
    }
    expect(loadWithJava(texts)).toEqual(expected);
  }, 60_000);
});
