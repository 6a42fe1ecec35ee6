import { indexGraph, nodesOfKind, outgoing, updateNode } from '../../design';
import { defineRule } from '../rule';
import { locationDifference } from './_aws-location';
import { dlqTypeFitsAllSources } from './_dead-letter-queue';
import { queueName } from './_queue-name';
import { AWS_DOCS } from './_sources';

const TYPE = (fifo: boolean) => (fifo ? 'FIFO' : 'standard');

export const dlqTypeAccountRegion = defineRule({
  meta: {
    id: 'sqs/dlq-type-account-region',
    category: 'error-handling',
    severity: 'error',
    docs: {
      summary: 'A dead-letter queue must be of the same type (FIFO or standard) and in the same account and region as its source queue.',
      rationale:
        "SQS only accepts a redrive policy whose dead-letter queue matches the source: a FIFO queue's DLQ must be a FIFO queue, a standard queue's DLQ a standard queue, and both must live in the same AWS account and region. Otherwise the redrive policy is refused and failed messages have nowhere to go. Queuewright reads the account and region from the `accountId` and `region` settings of each queue's AWS cluster, and only compares what both clusters declare.",
      howToFix:
        'Point the redrive policy at a dead-letter queue of the same type in the same account and region. When no other source needs the current type, the fix switches the DLQ to the source\'s type (and its name to match).',
      sources: [AWS_DOCS.deadLetterQueues, AWS_DOCS.configureDeadLetterQueue],
    },
    messages: {
      typeMismatch: '{sourceType} queue "{source}" dead-letters to {dlqType} queue "{dlq}", which SQS refuses: a dead-letter queue must be of the same type.',
      elsewhere: 'Queue "{source}" dead-letters to "{dlq}" in {field} "{to}", but a dead-letter queue must be in the same account and region as its source ("{from}").',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'orders', name: 'orders.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter' },
        ],
        connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'orders', name: 'orders.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq.fifo', fifo: true, role: 'dead-letter' },
        ],
        connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
      },
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const source of nodesOfKind(design, 'sqs-queue')) {
      for (const redrive of outgoing(design, source.id, 'dead-letter')) {
        const dlq = graph.nodeById.get(redrive.to);
        if (dlq?.kind !== 'sqs-queue') continue;
        if (dlq.fifo !== source.fifo) {
          const fixable = dlqTypeFitsAllSources(design, dlq.id, source.fifo);
          report({
            target: { type: 'connection', id: redrive.id },
            messageId: 'typeMismatch',
            data: { source: source.name, dlq: dlq.name, sourceType: TYPE(source.fifo), dlqType: TYPE(dlq.fifo) },
            fix: fixable
              ? {
                  label: `Make "${dlq.name}" a ${TYPE(source.fifo)} queue`,
                  apply: (d) => updateNode(d, dlq.id, { fifo: source.fifo, name: queueName(dlq.name, source.fifo), ...(source.fifo ? {} : { contentBasedDeduplication: false, highThroughputFifo: false }) }),
                }
              : undefined,
          });
        }
        const difference = locationDifference(design, source, dlq);
        if (difference) {
          report({
            target: { type: 'connection', id: redrive.id },
            messageId: 'elsewhere',
            data: { source: source.name, dlq: dlq.name, ...difference },
          });
        }
      }
    }
  },
});
