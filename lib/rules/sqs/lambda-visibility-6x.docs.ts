import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/lambda-visibility-6x`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'AWS recommends a visibility timeout of at least six times the function timeout. When Lambda is throttled or retries a failed batch, messages it already received stay in flight; with less headroom they reappear while still being worked on and are processed twice, or burn through maxReceiveCount and land in the dead-letter queue without a real failure. (A visibility timeout shorter than the function timeout is an error, reported by sqs/visibility-vs-consumer.)',
  howToFix: 'Set VisibilityTimeout to six times the function timeout (the fix does).',
  sources: [AWS_DOCS.lambdaSqs],
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
};
