import { nodesOfKind, updateNode } from '../../design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { LAMBDA_VISIBILITY_MULTIPLIER, slowestLambda } from './_lambda';
import { MAX_VISIBILITY_SECONDS } from './_limits';
import { AWS_DOCS } from './_sources';

export const visibilityVsConsumer = defineRule({
  meta: {
    id: 'sqs/visibility-vs-consumer',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: "An SQS queue read by a Lambda function must have a visibility timeout at least as long as the function's timeout.",
      rationale:
        "This joins the queue to the function behind its event source mapping. Lambda refuses to create (or update) an SQS event source mapping when the function timeout exceeds the queue's visibility timeout; were it allowed, a message could reappear and be handed to a second invocation while the first is still running. The deployment fails, or, on an existing mapping, the function change does. sqs/lambda-visibility-6x then asks for the recommended 6x headroom; sqs/visibility-timeout-covers-processing covers consumers that are not Lambda functions.",
      howToFix: 'Set the queue VisibilityTimeout to six times the function timeout (the fix does), or shorten the function timeout.',
      sources: [AWS_DOCS.lambdaSqs, AWS_DOCS.visibilityTimeout],
    },
    messages: {
      mappingRejected:
        'Queue "{queue}" has a {visibility}s visibility timeout, shorter than the {timeout}s timeout of Lambda function "{consumer}", so Lambda rejects the event source mapping.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'uploads', name: 'uploads', visibilityTimeout: 30 },
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
