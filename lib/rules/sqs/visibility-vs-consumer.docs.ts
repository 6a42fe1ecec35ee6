import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/visibility-vs-consumer`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "This joins the queue to the function behind its event source mapping. Lambda refuses to create (or update) an SQS event source mapping when the function timeout exceeds the queue's visibility timeout; were it allowed, a message could reappear and be handed to a second invocation while the first is still running. The deployment fails, or, on an existing mapping, the function change does. sqs/lambda-visibility-6x then asks for the recommended 6x headroom; sqs/visibility-timeout-covers-processing covers consumers that are not Lambda functions.",
  howToFix: 'Set the queue VisibilityTimeout to six times the function timeout (the fix does), or shorten the function timeout.',
  sources: [AWS_DOCS.lambdaSqs, AWS_DOCS.visibilityTimeout],
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
};
