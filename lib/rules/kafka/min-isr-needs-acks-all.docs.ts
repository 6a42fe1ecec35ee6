import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/min-isr-needs-acks-all`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'min.insync.replicas "only takes effect if the producer uses acks=all". Records from a producer with acks=0 or acks=1 are acknowledged by the leader alone, so the topic setting gives false assurance for them. Topics whose flows are all at-most-once are not checked.',
  howToFix: 'Set acks=all on the listed producers.',
  sources: [KAFKA_SOURCES.designHa, KAFKA_SOURCES.topicConfigs],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { acks: '1' } },
        { kind: 'producer', id: 'checkout', kafka: { acks: 'all' } },
        { kind: 'kafka-topic', id: 'orders', config: { 'min.insync.replicas': 2 } },
      ],
      connections: [
        ['orders-api', 'orders', 'publish'],
        ['checkout', 'orders', 'publish'],
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', kafka: { acks: 'all' } },
        { kind: 'producer', id: 'checkout', kafka: { acks: 'all' } },
        { kind: 'kafka-topic', id: 'orders', config: { 'min.insync.replicas': 2 } },
      ],
      connections: [
        ['orders-api', 'orders', 'publish'],
        ['checkout', 'orders', 'publish'],
      ],
    }),
  },
};
