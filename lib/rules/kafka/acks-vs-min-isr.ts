import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { minIsrApplies, minIsrFor, publishersBypassingMinIsr } from './_min-isr';
import { acksAll } from './_producers';
import { publishEdges } from './_topics';

export const acksVsMinIsr = defineRule({
  meta: {
    id: 'kafka/acks-vs-min-isr',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'Each producer→topic edge must pair acks with a min.insync.replicas the topic can meet and the producer actually uses.',
    subsumes: ['kafka/min-isr-needs-acks-all'],
    messages: {
      bypassed: 'Producer "{producer}" writes to "{topic}" with acks={acks}, so the topic\'s min.insync.replicas={minIsr} is not applied to its records: they can be lost with the leader.',
      unreachable: 'Producer "{producer}" writes to "{topic}" with acks=all, but the topic requires {minIsr} in-sync replicas out of {rf}: every write fails with NotEnoughReplicas.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      if (!minIsrApplies(design, topic)) continue;
      const minIsr = topic.config['min.insync.replicas'];
      const rf = topic.replicationFactor;
      if (minIsr > rf) {
        const target = minIsrFor(rf);
        for (const { connection, producer } of publishEdges(design, topic.id)) {
          if (!acksAll(producer)) continue;
          report({
            target: { type: 'connection', id: connection.id },
            messageId: 'unreachable',
            data: { producer: producer.name, topic: topic.name, minIsr, rf },
            fix: {
              label: `Set min.insync.replicas=${target} on "${topic.name}"`,
              apply: (d) => patchNode(d, topic.id, { config: { 'min.insync.replicas': target } }),
            },
          });
        }
      }
      for (const { connection, producer } of publishersBypassingMinIsr(design, topic)) {
        report({
          target: { type: 'connection', id: connection.id },
          messageId: 'bypassed',
          data: { producer: producer.name, topic: topic.name, acks: producer.kafka.acks, minIsr },
          fix: { label: `Set acks=all on "${producer.name}"`, apply: (d) => patchNode(d, producer.id, { kafka: { acks: 'all' } }) },
        });
      }
    }
  },
});
