import { nodesOfKind, updateNode, patchNode } from '../../design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import type { ResolvedConsumerGroup, ResolvedProducer } from '../../brokers/services/resolve';
import type { Report } from '../rule';
import { producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { acksAll, isIdempotent, retries } from './_producers';
import { consumeEdges, kafkaTopicsPublishedBy, plannedPartitionIncrease } from './_topics';

type Ordering = 'per-key' | 'strict';

/** The producer's records can overtake each other on retry: no idempotence, retries on, several requests in flight. */
function reordersOnRetry(producer: ResolvedProducer): boolean {
  return !isIdempotent(producer) && retries(producer) > 0 && producer.kafka['max.in.flight.requests.per.connection'] > 1;
}

/** A thread pool behind one consumer finishes records of a partition in any order. */
function processesInParallel(group: ResolvedConsumerGroup): boolean {
  return group.asyncProcessing && group.concurrency > 1;
}

export const orderingChain = defineRule({
  meta: {
    id: 'kafka/ordering-chain',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'An ordered flow through Kafka keeps its order only if every link from producer to consumer does.',
    subsumes: ['kafka/key-required-for-per-key-ordering', 'kafka/no-reordering-on-retry', 'kafka/partition-increase-remaps-keys', 'kafka/idempotence-silently-disabled'],
    messages: {
      unkeyed: 'The {ordering} order of "{producer}" breaks at the producer: {why}, so one entity\'s records land in different partitions.',
      retries: 'The {ordering} order of "{producer}" breaks at the producer: it retries with {inFlight} requests in flight and no idempotence, so a retried batch can land after the next one.',
      growth: 'The {ordering} order of "{producer}" breaks at topic "{topic}": it is planned to grow from {partitions} to {planned} partitions, which moves keys to other partitions.',
      parallel: 'The {ordering} order of "{producer}" breaks at consumer group "{group}": it processes each partition\'s records on {concurrency} threads at once, so they finish out of order.',
    },
  },
  check({ design, report }) {
    // One finding per broken node, even when several ordered flows cross it.
    const reported = new Set<string>();
    const once = (key: string, r: Report) => {
      if (reported.has(key)) return;
      reported.add(key);
      report(r);
    };
    for (const producer of nodesOfKind(design, 'producer')) {
      const { ordering } = producerRequirements(design, producer);
      if (ordering === 'none') continue;
      const topics = kafkaTopicsPublishedBy(design, producer.id);
      if (topics.length === 0) continue;
      checkProducer(producer, ordering, topics, once);
      for (const topic of topics) {
        checkTopic(producer, ordering, topic, once);
        for (const { group } of consumeEdges(design, topic.id)) {
          if (!processesInParallel(group)) continue;
          once(`group:${group.id}`, {
            target: { type: 'node', id: group.id },
            messageId: 'parallel',
            data: { ordering, producer: producer.name, group: group.name, concurrency: group.concurrency },
            fix: { label: 'Process records of a partition one at a time', apply: (d) => updateNode(d, group.id, { asyncProcessing: false }) },
          });
        }
      }
    }
  },
});

function checkProducer(producer: ResolvedProducer, ordering: Ordering, topics: ResolvedKafkaTopic[], once: (key: string, r: Report) => void) {
  const spread = topics.some((t) => Math.max(t.partitions, t.plannedPartitions ?? 0) > 1);
  const ignoresKeys = producer.kafka['partitioner.ignore.keys'] === true;
  if (ordering === 'per-key' && spread && (producer.keyStrategy !== 'entity-id' || ignoresKeys)) {
    const why = producer.keyStrategy === 'none' ? 'it sends no record key' : producer.keyStrategy === 'random' ? 'it uses random keys' : 'it sets partitioner.ignore.keys=true';
    once(`keys:${producer.id}`, {
      target: { type: 'node', id: producer.id },
      messageId: 'unkeyed',
      data: { ordering, producer: producer.name, why },
      fix: {
        label: 'Key records by entity id and hash the key',
        apply: (d) => patchNode(d, producer.id, { keyStrategy: 'entity-id', kafka: { 'partitioner.ignore.keys': undefined } }),
      },
    });
  }
  if (reordersOnRetry(producer)) {
    const k = producer.kafka;
    // Idempotence only works with acks=all: turn it on where it can be, else fall back to one request in flight.
    const canBeIdempotent = acksAll(producer) && k.retries !== 0;
    once(`retries:${producer.id}`, {
      target: { type: 'node', id: producer.id },
      messageId: 'retries',
      data: { ordering, producer: producer.name, inFlight: k['max.in.flight.requests.per.connection'] },
      fix: canBeIdempotent
        ? {
            label: 'Make the producer idempotent',
            apply: (d) =>
              patchNode(d, producer.id, {
                kafka: { 'enable.idempotence': true, ...(k['max.in.flight.requests.per.connection'] > 5 ? { 'max.in.flight.requests.per.connection': 5 } : {}) },
              }),
          }
        : { label: 'Set max.in.flight.requests.per.connection=1', apply: (d) => patchNode(d, producer.id, { kafka: { 'max.in.flight.requests.per.connection': 1 } }) },
    });
  }
}

function checkTopic(producer: ResolvedProducer, ordering: Ordering, topic: ResolvedKafkaTopic, once: (key: string, r: Report) => void) {
  if (!plannedPartitionIncrease(topic)) return;
  const planned = topic.plannedPartitions!;
  once(`topic:${topic.id}`, {
    target: { type: 'node', id: topic.id },
    messageId: 'growth',
    data: { ordering, producer: producer.name, topic: topic.name, partitions: topic.partitions, planned },
    fix: { label: `Create it with ${planned} partitions up front`, apply: (d) => updateNode(d, topic.id, { partitions: planned, plannedPartitions: undefined }) },
  });
}
