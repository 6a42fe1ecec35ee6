import { indexGraph, incoming, nodesOfKind, updateNode } from '../../design';
import type { ResolvedSqsQueue } from '../../brokers/resolved-design';
import { defineRule } from '../rule';
import { formatSeconds } from './_flow';
import { MAX_RETENTION_SECONDS } from './_limits';
import { AWS_DOCS } from './_sources';

export const dlqRetentionGtSource = defineRule({
  meta: {
    id: 'sqs/dlq-retention-gt-source',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: "A standard queue's dead-letter queue should keep messages longer than the queue itself.",
      rationale:
        "When SQS moves a message from a standard queue to its dead-letter queue, the message keeps its original enqueue timestamp, and the DLQ's retention counts from it. A message that spent 3 days failing in the source arrives in a 4-day DLQ with 1 day left. AWS's best practice is a DLQ retention longer than the source's. FIFO queues reset the timestamp on the move, so they are not checked; a DLQ already at the 14-day maximum is not either.",
      howToFix: 'Set the dead-letter queue MessageRetentionPeriod to 1209600 seconds (14 days, the maximum), and keep the source below it.',
      sources: [AWS_DOCS.deadLetterRetention, AWS_DOCS.deadLetterQueues],
    },
    messages: {
      tooShort:
        'Dead-letter queue "{dlq}" keeps messages {dlqRetention} but its source "{source}" keeps them {sourceRetention}, and a dead-lettered message keeps its original timestamp, so it can expire soon after it arrives.',
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
          { kind: 'sqs-queue', id: 'orders-dlq', name: 'orders-dlq', role: 'dead-letter', messageRetentionPeriod: 1_209_600 },
        ],
        connections: [{ id: 'd', kind: 'dead-letter', from: 'orders', to: 'orders-dlq', maxReceiveCount: 5 }],
      },
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const dlq of nodesOfKind(design, 'sqs-queue')) {
      if (dlq.messageRetentionPeriod >= MAX_RETENTION_SECONDS) continue;
      let longest: ResolvedSqsQueue | undefined;
      for (const c of incoming(design, dlq.id, 'dead-letter')) {
        const source = graph.nodeById.get(c.from);
        if (source?.kind !== 'sqs-queue' || source.fifo) continue;
        if (!longest || source.messageRetentionPeriod > longest.messageRetentionPeriod) longest = source;
      }
      if (!longest || dlq.messageRetentionPeriod > longest.messageRetentionPeriod) continue;
      report({
        target: { type: 'node', id: dlq.id },
        messageId: 'tooShort',
        data: {
          dlq: dlq.name,
          source: longest.name,
          dlqRetention: formatSeconds(dlq.messageRetentionPeriod),
          sourceRetention: formatSeconds(longest.messageRetentionPeriod),
        },
        fix: { label: 'Keep dead letters 14 days', apply: (d) => updateNode(d, dlq.id, { messageRetentionPeriod: MAX_RETENTION_SECONDS }) },
      });
    }
  },
});
