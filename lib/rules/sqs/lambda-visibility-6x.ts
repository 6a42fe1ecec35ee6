import { nodesOfKind, updateNode } from '../../design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { LAMBDA_VISIBILITY_MULTIPLIER, slowestLambda } from './_lambda';
import { MAX_VISIBILITY_SECONDS } from './_limits';
import { AWS_DOCS } from './_sources';

export const lambdaVisibility6x = defineRule({
  meta: {
    id: 'sqs/lambda-visibility-6x',
    category: 'delivery',
    severity: 'warning',
    docs: {
      summary: 'An SQS queue read by a Lambda function should have a visibility timeout of at least six times the function timeout.',
      rationale:
        'AWS recommends a visibility timeout of at least six times the function timeout. When Lambda is throttled or retries a failed batch, messages it already received stay in flight; with less headroom they reappear while still being worked on and are processed twice, or burn through maxReceiveCount and land in the dead-letter queue without a real failure. (A visibility timeout shorter than the function timeout is an error, reported by sqs/visibility-vs-consumer.)',
      howToFix: 'Set VisibilityTimeout to six times the function timeout (the fix does).',
      sources: [AWS_DOCS.lambdaSqs],
    },
    messages: {
      under6x:
        'Queue "{queue}" has a {visibility}s visibility timeout, less than six times the {timeout}s timeout of Lambda function "{consumer}", so throttled retries can deliver messages twice or dead-letter them early.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'uploads', name: 'uploads', visibilityTimeout: 120 },
          { kind: 'consumer-group', id: 'scan', name: 'scan', lambdaTimeoutSeconds: 60 },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'uploads', to: 'scan' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'uploads', name: 'uploads', visibilityTimeout: 360 },
          { kind: 'consumer-group', id: 'scan', name: 'scan', lambdaTimeoutSeconds: 60 },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'uploads', to: 'scan' }],
      },
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
