import type { RuleDocs } from '../rule-docs';

/** The docs and examples of `kafka/acks-all-for-at-least-once`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale: 'With acks=1 a record acknowledged by a leader that fails before replication is lost. With acks=0 there is no acknowledgement at all, and retries do not take effect.',
  howToFix: 'Set acks=all on the producer (the default since Kafka 3.0).',
  sources: [{ label: 'Kafka producer configs: acks', url: 'https://kafka.apache.org/documentation/#producerconfigs_acks' }],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api', kafka: { acks: '1' } },
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api', kafka: { acks: 'all' } },
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
  },
};
