import { nodesOfKind, updateNode } from '../../design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { LAMBDA_VISIBILITY_MULTIPLIER, slowestLambda } from './_lambda';
import { MAX_VISIBILITY_SECONDS } from './_limits';

export const lambdaVisibility6x = defineRule({
  meta: {
    id: 'sqs/lambda-visibility-6x',
    category: 'delivery',
    severity: 'warning',
    reads: ['sqs-queue', 'consumer-group'],
    summary: 'An SQS queue read by a Lambda function should have a visibility timeout of at least six times the function timeout.',
    messages: {
      under6x:
        'Queue "{queue}" has a {visibility}s visibility timeout, less than six times the {timeout}s timeout of Lambda function "{consumer}", so throttled retries can deliver messages twice or dead-letter them early.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      const lambda = slowestLambda(consumersOf(design, queue.id));
      if (!lambda) continue;
      const recommended = Math.min(MAX_VISIBILITY_SECONDS, LAMBDA_VISIBILITY_MULTIPLIER * lambda.lambdaTimeoutSeconds);
      // Below the function timeout is sqs/visibility-vs-consumer's error; report each problem once.
      if (queue.visibilityTimeout < lambda.lambdaTimeoutSeconds || queue.visibilityTimeout >= recommended) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'under6x',
        data: { queue: queue.name, visibility: queue.visibilityTimeout, timeout: lambda.lambdaTimeoutSeconds, consumer: lambda.name },
        fix: { label: `Set VisibilityTimeout to ${recommended}s`, apply: (d) => updateNode(d, queue.id, { visibilityTimeout: recommended }) },
      });
    }
  },
});
