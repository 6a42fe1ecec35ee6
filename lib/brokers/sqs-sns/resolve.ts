import type { SqsQueueNode } from '../../design';
import { fill, type Resolvers, type SourceLog } from '../resolver';
import { SQS_QUEUE_DEFAULTS, type SqsQueueDefaults } from './aws-defaults';

/** An SQS queue's attributes as AWS applies them (aws-defaults.ts). An SNS topic has no setting AWS fills. */

export type ResolvedSqsQueue = Omit<SqsQueueNode, keyof SqsQueueDefaults> & SqsQueueDefaults;

function resolveSqsQueue(node: SqsQueueNode, sources: SourceLog): ResolvedSqsQueue {
  return fill(node, SQS_QUEUE_DEFAULTS.values, SQS_QUEUE_DEFAULTS.source, '', sources);
}

export const SQS_SNS_RESOLVERS = {
  'sqs-queue': resolveSqsQueue,
} satisfies Resolvers;
