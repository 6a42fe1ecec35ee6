import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign, type TestDesignInput } from '../design/build-design';
import { templateDesign } from '../templates';
import { exporterById, TEMPLATES } from '../families';
import { kafkaConnectExporter } from './kafka-connect';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from '../testing/exports/fixtures';

function exported(design: Design): Map<string, { name: string; config: Record<string, string> }> {
  const result = kafkaConnectExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return new Map(result.files.map((f) => [f.path, JSON.parse(f.content)]));
}

function refusals(input: TestDesignInput): string[] {
  const result = kafkaConnectExporter.export(makeDesign(input));
  return result.ok ? [] : result.errors.map((e) => `${e.nodeId ?? '-'}: ${e.message}`);
}

const pipeline = (sink: Record<string, unknown> = {}, more: Partial<TestDesignInput> = {}): TestDesignInput => ({
  nodes: [
    { kind: 'kafka-topic', id: 'orders', replicationFactor: 3 },
    { kind: 'kafka-topic', id: 'orders-dlq', role: 'dead-letter', replicationFactor: 2 },
    { kind: 'connect-sink', id: 'sink', name: 'orders-sink', ...sink },
    ...(more.nodes ?? []),
  ],
  connections: [{ from: 'orders', to: 'sink' }, ...(more.connections ?? [])],
});

describe('kafka-connect exporter', () => {
  it.each(GOLDEN_FIXTURES)('matches the golden files for %s', (fixture) => {
    expectGolden('kafka-connect', fixture, kafkaConnectExporter.export(loadFixture(fixture)));
  });

  it('matches the golden files for the CDC template', () => {
    expectGolden('kafka-connect', 'cdc-warehouse-template', kafkaConnectExporter.export(templateDesign(TEMPLATES.find((t) => t.id === 'cdc-warehouse')!)));
  });

  it("writes the sink's topics, its DLQ with the DLQ topic's replication factor, and its transforms in order", () => {
    const out = exported(
      makeDesign(
        pipeline(
          {
            config: { 'tasks.max': 2, 'errors.tolerance': 'all' },
            transforms: [
              { name: 'route', type: 'org.apache.kafka.connect.transforms.RegexRouter', config: { regex: '(.*)', replacement: 'dw_$1' } },
              { name: 'ts', type: 'org.apache.kafka.connect.transforms.InsertField$Value', config: { 'timestamp.field': 'loaded_at' } },
            ],
            extra: { 'connection.url': 'jdbc:postgresql://dw/analytics' },
          },
          { connections: [{ from: 'sink', to: 'orders-dlq' }] },
        ),
      ),
    );
    expect(out.get('connectors/sink.json')).toEqual({
      name: 'orders-sink',
      config: {
        'connector.class': 'org.apache.kafka.connect.file.FileStreamSinkConnector',
        'tasks.max': '2',
        topics: 'orders',
        transforms: 'route,ts',
        'transforms.route.type': 'org.apache.kafka.connect.transforms.RegexRouter',
        'transforms.route.regex': '(.*)',
        'transforms.route.replacement': 'dw_$1',
        'transforms.ts.type': 'org.apache.kafka.connect.transforms.InsertField$Value',
        'transforms.ts.timestamp.field': 'loaded_at',
        'errors.tolerance': 'all',
        'errors.deadletterqueue.topic.name': 'orders-dlq',
        'errors.deadletterqueue.topic.replication.factor': '2',
        'connection.url': 'jdbc:postgresql://dw/analytics',
      },
    });
  });

  it("writes a source's topics into the setting it names, and leaves them to plugins that name their own", () => {
    const design = makeDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'lines' },
        { kind: 'connect-source', id: 'file', extra: { file: '/var/log/app.log' } },
        { kind: 'connect-source', id: 'cdc', connectorClass: 'io.debezium.connector.mysql.MySqlConnector', config: { 'exactly.once.support': 'required' }, extra: { 'topic.prefix': 'shop' } },
      ],
      connections: [
        { from: 'file', to: 'lines' },
        { from: 'cdc', to: 'lines' },
      ],
    });
    const out = exported(design);
    expect(out.get('connectors/file.json')!.config).toEqual({ 'connector.class': 'org.apache.kafka.connect.file.FileStreamSourceConnector', topic: 'lines', file: '/var/log/app.log' });
    expect(out.get('connectors/cdc.json')!.config).toEqual({ 'connector.class': 'io.debezium.connector.mysql.MySqlConnector', 'exactly.once.support': 'required', 'topic.prefix': 'shop' });
  });

  it('refuses, naming the connector, what Connect would refuse or the export would write twice', () => {
    expect(refusals({ nodes: [{ kind: 'kafka-topic', id: 'orders' }] })).toEqual(['-: The design has no Kafka Connect source or sink connector.']);
    expect(refusals({ nodes: [{ kind: 'connect-sink', id: 'sink' }] })).toEqual(['sink: reads no topic: connect a Kafka topic to it or set topics.regex']);
    expect(refusals(pipeline({ config: { 'topics.regex': 'orders.*' } }))).toEqual([
      'sink: reads the connected topics (orders) and topics.regex "orders.*"; Connect accepts one of topics and topics.regex, not both',
    ]);
    expect(refusals(pipeline({ extra: { topics: 'other' } }))[0]).toContain('"topics", which the design already sets (from its connected topics)');
    expect(refusals(pipeline({ name: 'a/b' }))[0]).toContain('control character or "/"');
    expect(refusals(pipeline({ name: 'tab\there' }))[0]).toContain('control character');
    expect(refusals(pipeline({}, { nodes: [{ kind: 'connect-source', id: 'src', name: 'orders-sink' }] }))).toEqual([
      'sink: connectors "src" and "sink" are both named "orders-sink"; a Connect cluster keeps one connector per name',
    ]);
    expect(
      refusals(
        pipeline({
          transforms: [
            { name: 'x', type: 'A' },
            { name: 'x', type: 'B' },
          ],
        }),
      ),
    ).toEqual(['sink: has two transforms named "x"; each transform needs its own name']);
  });

  it('is registered', () => {
    expect(exporterById('kafka-connect')).toBe(kafkaConnectExporter);
  });
});
