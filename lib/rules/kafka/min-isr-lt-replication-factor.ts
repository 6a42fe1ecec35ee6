import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { minIsrApplies, minIsrFor } from './_min-isr';

export const minIsrLtReplicationFactor = defineRule({
  meta: {
    id: 'kafka/min-isr-lt-replication-factor',
    category: 'durability',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: "A replicated topic's min.insync.replicas should be below its replication factor.",
    messages: {
      noSlack: 'Topic "{topic}" requires all {rf} replicas in sync (min.insync.replicas={minIsr}): one broker down makes it reject acks=all writes.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const rf = topic.replicationFactor;
      if (rf <= 1 || topic.config['min.insync.replicas'] !== rf || !minIsrApplies(design, topic)) continue;
      const target = minIsrFor(rf);
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'noSlack',
        data: { topic: topic.name, rf, minIsr: rf },
        fix: {
          label: `Set min.insync.replicas=${target}`,
          apply: (d) => patchNode(d, topic.id, { config: { 'min.insync.replicas': target } }),
        },
      });
    }
  },
});
