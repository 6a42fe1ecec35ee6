import { describe, expect, it } from 'vitest';
import { designFromData } from '../../design';
import { runRules } from '../engine';
import { RULE_DOCS } from '../docs-registry';
import { computeScore } from '../score';
import { makeDesign, type TestDesignInput } from '../../design/build-design';
import { kafkaRules } from '.';

/**
 * The family as a whole: a carefully built design gets nothing from it, on
 * Kafka and on Redpanda; the rules stay fast on a large design.
 */

function carefulPipeline(broker: 'kafka' | 'redpanda'): TestDesignInput {
  const topic = (id: string, name: string, props: Record<string, unknown> = {}) => ({
    kind: 'kafka-topic',
    id,
    name,
    cluster: 'main',
    partitions: 12,
    replicationFactor: 3,
    config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': 604800000 },
    messageSchema: { name, format: 'avro', version: '1', registry: true },
    ...props,
  });
  const group = (id: string, props: Record<string, unknown> = {}) => ({
    kind: 'consumer-group',
    id,
    instances: 3,
    idempotent: true,
    lagAlert: true,
    kafka: { 'enable.auto.commit': false, 'auto.offset.reset': 'earliest', 'partition.assignment.strategy': 'cooperative-sticky' },
    ...props,
  });
  return {
    requirements: { throughput: 500, ordering: 'per-key', delivery: 'at-least-once', retentionHours: 168, maxConsumerOutageHours: 24, criticality: 'critical' },
    clusters: [
      {
        id: 'main',
        name: 'main',
        broker,
        nodes: 3,
        racks: 3,
        config: broker === 'kafka' ? { 'auto.create.topics.enable': false } : {},
      },
    ],
    nodes: [
      { kind: 'producer', id: 'order-api', instances: 3, kafka: { acks: 'all', 'enable.idempotence': true, 'linger.ms': 10, 'compression.type': 'zstd' } },
      topic('placed', 'orders.placed'),
      topic('validated', 'orders.validated'),
      topic('state', 'orders.state', { config: { 'min.insync.replicas': 2, 'cleanup.policy': 'compact', 'retention.ms': 604800000 } }),
      topic('dlq', 'orders.dlq', { partitions: 3, role: 'dead-letter', depthAlert: true, config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': 1209600000 } }),
      group('validator'),
      group('notifier', { instances: 2 }),
    ],
    connections: [
      { from: 'order-api', to: 'placed' },
      { from: 'order-api', to: 'state' },
      { from: 'placed', to: 'validator' },
      { from: 'validator', to: 'validated' },
      { from: 'validator', to: 'dlq' },
      { from: 'validated', to: 'notifier' },
      { from: 'notifier', to: 'dlq' },
    ],
  };
}

describe('the Kafka family', () => {
  it.each(kafkaRules.map((r) => [r.meta.id, r] as const))('%s documents complete design files as examples', (_id, rule) => {
    for (const which of ['failing', 'passing'] as const) {
      const read = designFromData(RULE_DOCS[rule.meta.id].examples[which]);
      expect(read.ok, `${which}: ${JSON.stringify(!read.ok && read.errors)}`).toBe(true);
    }
  });

  it.each(['kafka', 'redpanda'] as const)('says nothing about a carefully built pipeline on %s', (broker) => {
    const findings = runRules(makeDesign(carefulPipeline(broker)), kafkaRules);
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('says nothing about an exactly-once pipeline built for it', () => {
    const input = carefulPipeline('kafka');
    const design = makeDesign({
      ...input,
      requirements: { ...input.requirements, delivery: 'exactly-once' },
      nodes: input.nodes!.map((n) =>
        n.kind === 'producer'
          ? { ...n, kafka: { ...(n.kafka as object), 'transactional.id': 'order-api-tx' } }
          : n.kind === 'consumer-group'
            ? { ...n, kafka: { ...(n.kafka as object), 'isolation.level': 'read_committed' } }
            : n,
      ),
    });
    expect(runRules(design, kafkaRules).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('scores a fresh Kafka design (defaults everywhere) at 90 or more', () => {
    const design = makeDesign({
      clusters: [{ id: 'k', name: 'Kafka', broker: 'kafka' }],
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'kafka-topic', id: 'orders', cluster: 'k' },
        { kind: 'consumer-group', id: 'billing' },
      ],
      connections: [
        { from: 'api', to: 'orders' },
        { from: 'orders', to: 'billing' },
      ],
    });
    const findings = runRules(design, kafkaRules);
    // Only advice that needs a decision the defaults cannot make: auto topic creation and a dead-letter topic.
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['kafka/auto-create-topics-off', 'kafka/dlq-for-poison-records']);
    expect(computeScore(findings).overall).toBeGreaterThanOrEqual(90);
  });
  // Growth with the design's size is measured by `npm run bench` (rescore at 1,000 and 10,000 nodes), never by a test's clock.
});
