import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/dead-letter-cycle`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A dead-letter queue is where a message that cannot be processed waits for a person. When the dead-letter path loops (a consumer dead-letters into its own source, or two queues redrive into each other, or a DLQ's consumer dead-letters back into the original stream), a poison message circulates forever, using capacity and hiding from the people who should inspect it; RabbitMQ drops messages that complete such a loop without a rejection. A deliberate retry loop goes through a delay stage (a channel with role retry, or a TTL queue), which this rule accepts.",
  howToFix: 'Point the last dead-letter connection of the loop at a dedicated dead-letter queue with an alert, or mark the delay stage of a deliberate retry loop with role retry.',
  sources: [CORE_SOURCES.rabbitmqDlx, CORE_SOURCES.sqsDeadLetterQueues],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter', depthAlert: true },
      ],
      connections: [
        { id: 'd1', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 },
        { id: 'd2', kind: 'dead-letter', from: 'orders-dlq', to: 'orders', maxReceiveCount: 5 },
      ],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter', depthAlert: true },
      ],
      connections: [{ id: 'd1', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
    },
  },
};
