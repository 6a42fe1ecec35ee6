import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/dlq-monitored`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A message lands in a dead-letter queue because it could not be processed: someone has to look at it. Without a consumer and without an alarm, dead letters pile up unnoticed until retention deletes them. AWS names alarming on messages arriving in a DLQ as one of its main benefits.',
  howToFix: "Add an alert on the queue's depth (or on the age of its oldest message), or a consumer that handles dead letters.",
  sources: [CORE_SOURCES.sqsDeadLetterQueues, CORE_SOURCES.rabbitmqDlx],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter' },
      ],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter', depthAlert: true },
      ],
      connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
    },
  },
};
