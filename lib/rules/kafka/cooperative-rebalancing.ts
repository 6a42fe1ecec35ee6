import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { kafkaConsumerGroups, usesConsumerProtocol } from './_consumers';

/** Assignors that revoke every partition on each rebalance ("stop the world"). */
const EAGER = new Set(['range', 'roundrobin', 'sticky']);

export const cooperativeRebalancing = defineRule({
  meta: {
    id: 'kafka/cooperative-rebalancing',
    category: 'scalability',
    severity: 'info',
    reads: ['consumer-group'],
    summary: 'A classic-protocol consumer group should be able to rebalance cooperatively.',
    messages: {
      eager: 'Consumer group "{group}" uses only the eager {strategy} assignor: every rebalance stops the whole group until partitions are reassigned.',
    },
  },
  check({ design, report }) {
    for (const { group } of kafkaConsumerGroups(design)) {
      const strategy = group.kafka['partition.assignment.strategy'];
      // Unset is Kafka's default list, which includes cooperative-sticky.
      if (strategy === undefined || usesConsumerProtocol(group) || !EAGER.has(strategy)) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'eager',
        data: { group: group.name, strategy },
        fix: {
          label: 'Use cooperative-sticky',
          apply: (d) => patchNode(d, group.id, { kafka: { 'partition.assignment.strategy': 'cooperative-sticky' } }),
        },
      });
    }
  },
});
