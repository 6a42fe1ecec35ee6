import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/idempotent-consumer-for-at-least-once`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'At-least-once means "sometimes more than once". Kafka re-reads records whose offsets were not committed, RabbitMQ requeues unacknowledged deliveries, JetStream redelivers after ack_wait, SQS redelivers after the visibility timeout and standard queues may deliver twice. All four document duplicate delivery under failures; a handler that charges a card or sends an email twice turns that into a business error.',
  howToFix: 'Make the handler idempotent: deduplicate by a message or business key (a processed-ids table with a unique constraint), or make its writes upserts; then declare the group idempotent.',
  sources: [CORE_SOURCES.kafkaSemantics, CORE_SOURCES.rabbitmqConfirms, CORE_SOURCES.natsJetStream, CORE_SOURCES.sqsStandardQueues],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sqs-queue', id: 'payments', name: 'payments' },
        { kind: 'consumer-group', id: 'charger', name: 'charger', idempotent: false },
      ],
      connections: [
        { id: 'writer--payments', kind: 'publish', from: 'writer', to: 'payments' },
        { id: 'c', kind: 'consume', from: 'payments', to: 'charger' },
      ],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sqs-queue', id: 'payments', name: 'payments' },
        { kind: 'consumer-group', id: 'charger', name: 'charger', idempotent: true },
      ],
      connections: [
        { id: 'writer--payments', kind: 'publish', from: 'writer', to: 'payments' },
        { id: 'c', kind: 'consume', from: 'payments', to: 'charger' },
      ],
    },
  },
};
