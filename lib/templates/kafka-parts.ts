import type { TemplateNode } from './template';

/**
 * Building blocks the Kafka templates share: a production cluster, topics
 * with RF 3 / min ISR 2 and a versioned schema, and consumer groups that
 * commit after processing, are idempotent and alert on lag.
 */

export const WEEK_MS = 604_800_000;
export const TWO_WEEKS_MS = 1_209_600_000;

export function kafkaCluster(id = 'kafka', name = 'Kafka production', broker: 'kafka' | 'redpanda' = 'kafka') {
  return { id, name, broker, version: broker === 'kafka' ? '3.9' : '24.2', nodes: 3, racks: 3, config: broker === 'kafka' ? { 'auto.create.topics.enable': false } : {} };
}

export function kafkaTopic(id: string, event: string, props: Record<string, unknown> = {}, cluster = 'kafka'): TemplateNode {
  return {
    kind: 'kafka-topic',
    id,
    name: id,
    cluster,
    partitions: 12,
    replicationFactor: 3,
    config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': WEEK_MS },
    messageSchema: { name: event, format: 'avro', version: '1', registry: true },
    ...props,
  };
}

export function deadLetterTopic(id: string, props: Record<string, unknown> = {}, cluster = 'kafka'): TemplateNode {
  return kafkaTopic(
    id,
    'DeadLetter',
    {
      partitions: 3,
      role: 'dead-letter',
      depthAlert: true,
      config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': TWO_WEEKS_MS },
      ...props,
    },
    cluster,
  );
}

export function kafkaGroup(id: string, props: Record<string, unknown> = {}): TemplateNode {
  return {
    kind: 'consumer-group',
    id,
    name: id,
    instances: 3,
    idempotent: true,
    lagAlert: true,
    kafka: { 'enable.auto.commit': false, 'auto.offset.reset': 'earliest', 'partition.assignment.strategy': 'cooperative-sticky' },
    ...props,
  };
}

export function kafkaProducer(id: string, props: Record<string, unknown> = {}): TemplateNode {
  return {
    kind: 'producer',
    id,
    name: id,
    instances: 3,
    kafka: { acks: 'all', 'enable.idempotence': true, 'linger.ms': 5, 'compression.type': 'lz4' },
    ...props,
  };
}
