import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/cooperative-rebalancing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "The Range, RoundRobin and Sticky assignors are eager: on every rebalance all members give up all partitions and stop consuming until the new assignment is in place. CooperativeStickyAssignor moves only the partitions that change owner, so scaling or restarting one member does not pause the whole group. Kafka's default list [range, cooperative-sticky] allows moving to it with one rolling bounce.",
  howToFix:
    'Set partition.assignment.strategy=cooperative-sticky: first deploy with both the old assignor and cooperative-sticky listed, then remove the old one in a second rolling bounce. Or move to group.protocol=consumer.',
  sources: [KAFKA_SOURCES.consumerConfigs],
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
};
