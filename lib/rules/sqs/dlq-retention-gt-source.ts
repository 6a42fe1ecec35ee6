import { indexGraph, incoming, nodesOfKind, updateNode, type Design } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedSqsQueue } from '../../brokers/sqs-sns/resolve';
import { defineRule, type Fix } from '../rule';
import { formatSeconds } from './_flow';
import { MAX_RETENTION_SECONDS } from './_limits';

/** A week on the dead-letter queue to handle what failed: every source keeps messages a week less than the DLQ. */
const HANDLING_SECONDS = 7 * 86_400;

/** The fix when the DLQ cannot keep messages longer: shorten every source that keeps them as long as it does. */
function shortenSources(design: ResolvedDesign, dlq: ResolvedSqsQueue): Fix {
  const target = Math.max(60, dlq.messageRetentionPeriod - HANDLING_SECONDS);
  const sources = incoming(design, dlq.id, 'dead-letter')
    .map((c) => indexGraph(design).nodeById.get(c.from))
    .filter((n): n is ResolvedSqsQueue => n?.kind === 'sqs-queue' && n.messageRetentionPeriod >= dlq.messageRetentionPeriod);
  return {
    label: `Keep messages on the source ${formatSeconds(target)}, so dead letters get a week on "${dlq.name}"`,
    apply: (d) => sources.reduce<Design>((acc, source) => updateNode(acc, source.id, { messageRetentionPeriod: target }), d),
  };
}

export const dlqRetentionGtSource = defineRule({
  meta: {
    id: 'sqs/dlq-retention-gt-source',
    category: 'error-handling',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: "A standard queue's dead-letter queue should keep messages longer than the queue itself.",
    messages: {
      tooShort:
        'Dead-letter queue "{dlq}" keeps messages {dlqRetention} but its source "{source}" keeps them {sourceRetention}, and a dead-lettered message keeps its original timestamp, so it can expire soon after it arrives{atMaximum}.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const dlq of nodesOfKind(design, 'sqs-queue')) {
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
          atMaximum: dlq.messageRetentionPeriod >= MAX_RETENTION_SECONDS ? " (the DLQ is at SQS's 14-day maximum: shorten the source)" : '',
        },
        fix:
          longest.messageRetentionPeriod < MAX_RETENTION_SECONDS
            ? { label: 'Keep dead letters 14 days', apply: (d) => updateNode(d, dlq.id, { messageRetentionPeriod: MAX_RETENTION_SECONDS }) }
            : shortenSources(design, dlq),
      });
    }
  },
});
