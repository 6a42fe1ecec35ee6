import { clusterOf, nodesOfKind, patchNode, type Cluster } from '../../design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import type { ResolvedConsumerGroup, ResolvedProducer } from '../../brokers/services/resolve';
import { withSource } from '../flow';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { idempotenceConflicts, idempotentPatch } from './_producers';
import { consumeEdges, kafkaTopicsPublishedBy } from './_topics';
import { coordinatorShortfall, shortfallFix } from './_transactions';

/** What a producer lacks for transactional, idempotent writes. */
function producerGaps(producer: ResolvedProducer): string[] {
  const gaps: string[] = [];
  if (producer.kafka['transactional.id'] === undefined) gaps.push('no transactional.id');
  if (!producer.kafka['enable.idempotence']) gaps.push('enable.idempotence=false');
  gaps.push(...idempotenceConflicts(producer));
  return gaps;
}

interface Reach {
  /** Every Kafka topic the exactly-once flows write, including the outputs of consume-transform-produce groups. */
  topics: Map<string, ResolvedKafkaTopic>;
  /** Every group that reads those topics, with the Kafka topics it writes (none for a sink). */
  groups: Map<string, { group: ResolvedConsumerGroup; outputs: ResolvedKafkaTopic[] }>;
}

/** Follows the exactly-once flows downstream from their producers, through stream processors, in one pass. */
function reach(design: Parameters<typeof kafkaTopicsPublishedBy>[0], producers: ResolvedProducer[]): Reach {
  const topics = new Map<string, ResolvedKafkaTopic>();
  const groups: Reach['groups'] = new Map();
  const queue: ResolvedKafkaTopic[] = [];
  const enqueue = (topic: ResolvedKafkaTopic) => {
    if (topics.has(topic.id)) return;
    topics.set(topic.id, topic);
    queue.push(topic);
  };
  for (const producer of producers) kafkaTopicsPublishedBy(design, producer.id).forEach(enqueue);
  while (queue.length > 0) {
    const topic = queue.pop()!;
    for (const { group } of consumeEdges(design, topic.id)) {
      if (groups.has(group.id)) continue;
      const outputs = kafkaTopicsPublishedBy(design, group.id);
      groups.set(group.id, { group, outputs });
      outputs.forEach(enqueue);
    }
  }
  return { topics, groups };
}

export const exactlyOnceEndToEnd = defineRule({
  meta: {
    id: 'kafka/exactly-once-end-to-end',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary:
      'An exactly-once flow through Kafka needs every link to take part: transactional producer, read_committed readers, offsets committed in the transaction, enough brokers, and idempotent external sinks.',
    messages: {
      producer: 'Producer "{producer}" declares an exactly-once flow but is not transactional and idempotent ({gaps}): retries and restarts write duplicates.',
      readUncommitted: 'Consumer group "{group}" reads an exactly-once flow with isolation.level={level}: it sees records of aborted transactions, so results are duplicated or wrong.',
      autoCommit:
        'Consume-transform-produce group "{group}" auto-commits offsets on an exactly-once flow: offsets must be committed inside the producing transaction, or a crash repeats or loses output.',
      sink: 'Consumer group "{group}" ends an exactly-once flow outside Kafka but its handler is not idempotent: a redelivery after a crash repeats the external side effect.',
      cluster: 'Cluster "{cluster}" carries exactly-once flows with {brokers} brokers, but its transaction state log needs {factor} ({setting}): transactional producers cannot start.',
    },
  },
  check({ design, source, report }) {
    const producers = nodesOfKind(design, 'producer').filter((p) => requirementsAt(design, p.id)?.delivery === 'exactly-once' && kafkaTopicsPublishedBy(design, p.id).length > 0);
    if (producers.length === 0) return;

    for (const producer of producers) {
      const gaps = producerGaps(producer);
      if (gaps.length === 0) continue;
      const kafka = { ...idempotentPatch(producer), 'transactional.id': producer.kafka['transactional.id'] ?? `${producer.id}-tx` };
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'producer',
        data: { producer: producer.name, gaps: gaps.join(', ') },
        fix: { label: 'Make the producer transactional and idempotent', apply: (d) => patchNode(d, producer.id, { kafka }) },
      });
    }

    const { topics, groups } = reach(design, producers);
    for (const { group, outputs } of groups.values()) {
      // A reader that declares less for itself (a dashboard reading at-most-once) is not a link of the chain.
      if (requirementsAt(design, group.id)?.delivery !== 'exactly-once') continue;
      const level = group.kafka['isolation.level'];
      if (level !== 'read_committed') {
        report({
          target: { type: 'node', id: group.id },
          messageId: 'readUncommitted',
          data: { group: group.name, level: withSource(level, source(group.id, 'kafka.isolation.level')) },
          fix: {
            label: 'Set isolation.level=read_committed',
            apply: (d) => patchNode(d, group.id, { kafka: { 'isolation.level': 'read_committed' } }),
          },
        });
      }
      if (outputs.length > 0 && group.kafka['enable.auto.commit']) {
        report({
          target: { type: 'node', id: group.id },
          messageId: 'autoCommit',
          data: { group: group.name },
          fix: { label: 'Set enable.auto.commit=false', apply: (d) => patchNode(d, group.id, { kafka: { 'enable.auto.commit': false } }) },
        });
      }
      // A sink's idempotence is a property of its code: declaring it is the user's call, not a fix.
      if (outputs.length === 0 && !group.idempotent) {
        report({ target: { type: 'node', id: group.id }, messageId: 'sink', data: { group: group.name } });
      }
    }

    const clusters = new Map<string, Cluster>();
    for (const topic of topics.values()) {
      const cluster = clusterOf(design, topic);
      if (cluster) clusters.set(cluster.id, cluster);
    }
    for (const cluster of clusters.values()) {
      const shortfall = coordinatorShortfall(cluster);
      if (!shortfall) continue;
      report({
        target: { type: 'design' },
        messageId: 'cluster',
        data: { cluster: cluster.name, brokers: cluster.nodes, factor: shortfall.factor, setting: shortfall.setting },
        fix: shortfallFix(shortfall),
      });
    }
  },
});
