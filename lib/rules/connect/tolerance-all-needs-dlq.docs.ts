import type { RuleDocs } from '../rule-docs';

/** The docs and examples of `connect/tolerance-all-needs-dlq`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'errors.tolerance=all makes the connector skip every record it cannot convert or transform. Without errors.deadletterqueue.topic.name those records are dropped: nothing stops, nothing alerts, and the data is gone from the sink (only logged, and only when errors.log.enable is on).',
  howToFix:
    'Connect the sink to a dead-letter Kafka topic (errors.deadletterqueue.topic.name), ideally with errors.deadletterqueue.context.headers.enable=true so each dead letter says why it failed; or keep errors.tolerance=none so a bad record stops the task.',
  sources: [
    {
      label: 'Kafka sink connector configs: errors.tolerance, errors.deadletterqueue.topic.name',
      url: 'https://kafka.apache.org/documentation/#sinkconnectorconfigs_errors.deadletterqueue.topic.name',
    },
    { label: 'Confluent: Kafka Connect dead letter queue', url: 'https://docs.confluent.io/platform/current/connect/index.html#dead-letter-queue' },
  ],
  examples: {
    failing: {
      nodes: [
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'connect-sink', id: 'orders-to-warehouse', config: { 'errors.tolerance': 'all' } },
      ],
      connections: [{ from: 'orders', to: 'orders-to-warehouse' }],
    },
    passing: {
      nodes: [
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'connect-sink', id: 'orders-to-warehouse', config: { 'errors.tolerance': 'all' } },
        { kind: 'kafka-topic', id: 'orders-dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'orders', to: 'orders-to-warehouse' },
        { from: 'orders-to-warehouse', to: 'orders-dlq' },
      ],
    },
  },
};
