import { indexGraph, nodesOfKind, outgoing, updateNode } from '../../design';
import { defineRule } from '../rule';
import { locationDifference } from './_aws-location';
import { dlqTypeFitsAllSources } from './_dead-letter-queue';
import { queueName } from './_queue-name';

const TYPE = (fifo: boolean) => (fifo ? 'FIFO' : 'standard');

export const dlqTypeAccountRegion = defineRule({
  meta: {
    id: 'sqs/dlq-type-account-region',
    category: 'error-handling',
    severity: 'error',
    reads: ['sqs-queue'],
    summary: 'A dead-letter queue must be of the same type (FIFO or standard) and in the same account and region as its source queue.',
    messages: {
      typeMismatch: '{sourceType} queue "{source}" dead-letters to {dlqType} queue "{dlq}", which SQS refuses: a dead-letter queue must be of the same type.',
      elsewhere: 'Queue "{source}" dead-letters to "{dlq}" in {field} "{to}", but a dead-letter queue must be in the same account and region as its source ("{from}").',
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
                  apply: (d) =>
                    updateNode(d, dlq.id, { fifo: source.fifo, name: queueName(dlq.name, source.fifo), ...(source.fifo ? {} : { contentBasedDeduplication: false, highThroughputFifo: false }) }),
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
