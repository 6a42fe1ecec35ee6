import { nodesOfKind, updateNode } from '../../design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { LAMBDA_VISIBILITY_MULTIPLIER, slowestLambda } from './_lambda';
import { MAX_VISIBILITY_SECONDS } from './_limits';

export const visibilityVsConsumer = defineRule({
  meta: {
    id: 'sqs/visibility-vs-consumer',
    category: 'delivery',
    severity: 'error',
    reads: ['sqs-queue', 'consumer-group'],
    summary: "An SQS queue read by a Lambda function must have a visibility timeout at least as long as the function's timeout.",
    messages: {
      mappingRejected: 'Queue "{queue}" has a {visibility}s visibility timeout, shorter than the {timeout}s timeout of Lambda function "{consumer}", so Lambda rejects the event source mapping.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      const lambda = slowestLambda(consumersOf(design, queue.id));
      if (!lambda || queue.visibilityTimeout >= lambda.lambdaTimeoutSeconds) continue;
      const timeout = Math.min(MAX_VISIBILITY_SECONDS, LAMBDA_VISIBILITY_MULTIPLIER * lambda.lambdaTimeoutSeconds);
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'mappingRejected',
        data: { queue: queue.name, visibility: queue.visibilityTimeout, timeout: lambda.lambdaTimeoutSeconds, consumer: lambda.name },
        fix: { label: `Set VisibilityTimeout to ${timeout}s (6 × the function timeout)`, apply: (d) => updateNode(d, queue.id, { visibilityTimeout: timeout }) },
      });
    }
  },
});
