import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/consumer-lag-monitored`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Lag (messages waiting for a consumer: Kafka records-lag, RabbitMQ ready messages, JetStream num_pending, SQS ApproximateNumberOfMessagesVisible and age of oldest message) is the first sign of a stuck, crashed or under-sized consumer. Without an alert the backlog is found when retention deletes unread messages, a queue hits its length limit, or users report stale data. Ephemeral readers (a UI, a tail) have no backlog worth paging for; an SNS topic pushes to its endpoints and retries by its delivery policy; a dead-letter queue's backlog is its depth, which core/dlq-monitored watches.",
  howToFix: "Alert when the group's lag (or the age of its oldest unprocessed message) stays above a threshold, and declare lagAlert on the group with its threshold (lagAlertSeconds).",
  sources: [CORE_SOURCES.kafkaMonitoring, CORE_SOURCES.rabbitmqMonitoring, CORE_SOURCES.natsConsumers],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', lagAlert: false },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        { kind: 'consumer-group', id: 'billing', name: 'billing', lagAlert: true },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
    },
  },
};
