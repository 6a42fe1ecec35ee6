import { defineRule } from '../rule';
import { hasConsumer } from './_channels';
import { deadLetterTargets } from './_dead-letters';
import { depthAlertFix } from './_fix-decisions';
import { CORE_SOURCES } from './_sources';

export const dlqMonitored = defineRule({
  meta: {
    id: 'core/dlq-monitored',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'A dead-letter queue needs a consumer or an alert on its depth.',
      rationale:
        'A message lands in a dead-letter queue because it could not be processed: someone has to look at it. Without a consumer and without an alarm, dead letters pile up unnoticed until retention deletes them. AWS names alarming on messages arriving in a DLQ as one of its main benefits.',
      howToFix: 'Add an alert on the queue\'s depth (or on the age of its oldest message), or a consumer that handles dead letters.',
      sources: [CORE_SOURCES.sqsDeadLetterQueues, CORE_SOURCES.rabbitmqDlx],
    },
    messages: {
      unmonitored: 'Dead-letter target "{dlq}" has no consumer and no depth alert: failed messages pile up there unnoticed until they expire.',
    },
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
  },
  check({ design, report }) {
    for (const { node } of deadLetterTargets(design).values()) {
      if (node.depthAlert || hasConsumer(design, node.id)) continue;
      report({
        target: { type: 'node', id: node.id },
        messageId: 'unmonitored',
        data: { dlq: node.name },
        fix: depthAlertFix(node),
      });
    }
  },
});
