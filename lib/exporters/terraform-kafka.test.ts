import { parse as parseHcl } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { hclString } from './escape';
import { terraformKafkaExporter, terraformName } from './terraform-kafka';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from '../testing/exports/fixtures';

type Blocks = Record<string, Record<string, Array<Record<string, unknown>>>>;

describe('terraform-kafka exporter', () => {
  it.each(GOLDEN_FIXTURES)('matches the golden files for %s', (fixture) => {
    expectGolden('terraform-kafka', fixture, terraformKafkaExporter.export(loadFixture(fixture)));
  });

  it('parses as HCL with the topics, configs as strings, for both providers', async () => {
    const result = terraformKafkaExporter.export(loadFixture('kafka-order-pipeline'));
    if (!result.ok) throw new Error('refused');
    const mongey = (await parseHcl('main.tf', result.files[0].content)) as { resource: Blocks; provider: Record<string, unknown[]> };
    expect(Object.keys(mongey.resource.kafka_topic).sort()).toEqual(['orders_dlq', 'orders_fulfilled', 'orders_payment_processed', 'orders_placed', 'orders_validated']);
    expect(mongey.resource.kafka_topic.orders_placed[0]).toMatchObject({
      name: 'orders.placed',
      partitions: 12,
      replication_factor: 3,
      config: { 'cleanup.policy': 'delete', 'min.insync.replicas': '2', 'retention.ms': '604800000' },
    });
    expect(mongey.provider.kafka[0]).toMatchObject({ tls_enabled: false });
    const confluent = (await parseHcl('main.tf', result.files[1].content)) as { resource: Blocks };
    expect(confluent.resource.confluent_kafka_topic.orders_dlq[0]).toMatchObject({ topic_name: 'orders.dlq', partitions_count: 3 });
  });

  it('uses a provider alias per cluster when there are several', async () => {
    const design = makeDesign({
      clusters: [
        { id: 'east', name: 'East', broker: 'kafka' },
        { id: 'west', name: 'West', broker: 'kafka' },
      ],
      nodes: [
        { kind: 'kafka-topic', id: 'a', name: 'orders', cluster: 'east' },
        { kind: 'kafka-topic', id: 'b', name: 'orders', cluster: 'west' },
      ],
    });
    const result = terraformKafkaExporter.export(design);
    if (!result.ok) throw new Error('refused');
    const hcl = (await parseHcl('main.tf', result.files[0].content)) as { resource: Blocks; provider: Record<string, Array<Record<string, unknown>>> };
    expect(hcl.provider.kafka.map((p) => p.alias)).toEqual(['east', 'west']);
    expect(Object.keys(hcl.resource.kafka_topic)).toEqual(['orders', 'orders_2']);
    expect(hcl.resource.kafka_topic.orders_2[0].provider).toBe('${kafka.west}');
  });

  it('writes no Confluent Cloud resources for Redpanda clusters (Confluent Cloud runs Apache Kafka only)', async () => {
    const design = makeDesign({
      clusters: [
        { id: 'k', name: 'Kafka', broker: 'kafka' },
        { id: 'rp', name: 'Panda', broker: 'redpanda' },
      ],
      nodes: [
        { kind: 'kafka-topic', id: 'a', name: 'on-kafka', cluster: 'k' },
        { kind: 'kafka-topic', id: 'b', name: 'on-redpanda', cluster: 'rp' },
      ],
    });
    const mixed = terraformKafkaExporter.export(design);
    if (!mixed.ok) throw new Error('refused');
    expect(mixed.files.map((f) => f.path)).toEqual(['terraform/kafka/main.tf', 'terraform/confluent/main.tf']);
    const confluent = (await parseHcl('main.tf', mixed.files[1].content)) as { resource: Blocks };
    expect(Object.values(confluent.resource.confluent_kafka_topic).map((t) => t[0].topic_name)).toEqual(['on-kafka']);
    const mongey = (await parseHcl('main.tf', mixed.files[0].content)) as { resource: Blocks };
    expect(Object.values(mongey.resource.kafka_topic).map((t) => t[0].name)).toEqual(['on-kafka', 'on-redpanda']);
    expect(mixed.files[0].content).toContain('# Confluent Cloud runs Apache Kafka only, so the confluentinc/confluent module leaves them out.');

    const onlyRedpanda = terraformKafkaExporter.export(makeDesign({ ...design, nodes: [design.nodes[1]] }));
    if (!onlyRedpanda.ok) throw new Error('refused');
    expect(onlyRedpanda.files.map((f) => f.path)).toEqual(['terraform/kafka/main.tf']);
  });

  it('makes resource names Terraform accepts', () => {
    for (const name of ['orders.placed', '1st-topic', 'A__b', '...x']) expect(terraformName(name)).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('escapes strings so HCL reads them literally', async () => {
    for (const text of ['say "hi"', 'back\\slash', 'two\nlines', '${var.secret}', '%{ if true }x%{ endif }', 'tab\t', '$$ and %% alone', 'nul\u0000']) {
      const parsed = (await parseHcl('t.tf', `x = ${hclString(text)}\n`)) as { x: string };
      // hcl2json prints a literal template back with its own escapes for ${ and %{.
      expect(parsed.x).toBe(text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{'));
    }
  });
});
