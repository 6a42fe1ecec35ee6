import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { kafkaConsumerGroups, usesConsumerProtocol } from './_consumers';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** Assignors that revoke every partition on each rebalance ("stop the world"). */
const EAGER = new Set(['range', 'roundrobin', 'sticky']);

export const cooperativeRebalancing = defineRule({
  meta: {
    id: 'kafka/cooperative-rebalancing',
    category: 'scalability',
    severity: 'info',
    docs: {
      summary: 'A classic-protocol consumer group should be able to rebalance cooperatively.',
      rationale:
        'The Range, RoundRobin and Sticky assignors are eager: on every rebalance all members give up all partitions and stop consuming until the new assignment is in place. CooperativeStickyAssignor moves only the partitions that change owner, so scaling or restarting one member does not pause the whole group. Kafka\'s default list [range, cooperative-sticky] allows moving to it with one rolling bounce.',
      howToFix:
        'Set partition.assignment.strategy=cooperative-sticky: first deploy with both the old assignor and cooperative-sticky listed, then remove the old one in a second rolling bounce. Or move to group.protocol=consumer.',
      sources: [KAFKA_SOURCES.consumerConfigs],
    },
    messages: {
      eager: 'Consumer group "{group}" uses only the eager {strategy} assignor: every rebalance stops the whole group until partitions are reassigned.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', kafka: { 'partition.assignment.strategy': 'range' } },
        ],
        connections: [['orders', 'billing', 'consume']],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', kafka: { 'partition.assignment.strategy': 'cooperative-sticky' } },
        ],
        connections: [['orders', 'billing', 'consume']],
      }),
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
