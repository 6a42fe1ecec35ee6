import { msToDuration, outgoing, type GraphDesign, type NodeOfKind } from '../../design';
import type { ResolvedSqsQueue } from './resolve';

/** What matters about an SQS queue or SNS topic at a glance (node-summary.ts). */
export const SQS_SNS_SUMMARIES = {
  'sqs-queue': (design: GraphDesign, node: ResolvedSqsQueue) => {
    const dlq = outgoing(design, node.id, 'dead-letter')[0];
    return [`${node.fifo ? 'FIFO' : 'standard'} · visibility ${msToDuration(node.visibilityTimeout * 1000)}`, dlq ? `DLQ after ${dlq.maxReceiveCount ?? '?'} receives` : 'no DLQ'];
  },
  'sns-topic': (design: GraphDesign, node: NodeOfKind<'sns-topic'>) => [`${node.fifo ? 'FIFO' : 'standard'} · ${outgoing(design, node.id).length} subscriptions`],
};
