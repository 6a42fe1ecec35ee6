import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/visibility-timeout-covers-processing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'When a consumer receives a message, SQS hides it for the visibility timeout. If the consumer has not deleted it by then, the message becomes visible again and another consumer (or the same one) processes it a second time. A timeout shorter than the p99 processing time turns every slow message into a duplicate. Lambda consumers are checked by sqs/visibility-vs-consumer and sqs/lambda-visibility-6x.',
  howToFix:
    'Raise VisibilityTimeout above the longest processing time with some headroom (the fix sets twice the p99, at most 12 hours), or have the consumer extend it with ChangeMessageVisibility while it works.',
  sources: [AWS_DOCS.visibilityTimeout, AWS_DOCS.deduplicationId],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'thumbnails', name: 'thumbnails', visibilityTimeout: 30 },
        { kind: 'consumer-group', id: 'resizer', name: 'resizer', processingMsP99: 45_000 },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'thumbnails', to: 'resizer' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'thumbnails', name: 'thumbnails', visibilityTimeout: 90 },
        { kind: 'consumer-group', id: 'resizer', name: 'resizer', processingMsP99: 45_000 },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'thumbnails', to: 'resizer' }],
    },
  },
};
