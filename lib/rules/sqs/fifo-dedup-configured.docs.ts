import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/fifo-dedup-configured`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A FIFO queue drops a message whose deduplication id it has seen in the last 5 minutes; that is how a retried send does not create a duplicate. The id is required: when the producer does not send a MessageDeduplicationId and the queue does not have ContentBasedDeduplication, SendMessage fails. Messages that come through an SNS FIFO topic carry the topic's deduplication id and are not checked here.",
  howToFix:
    'Send a MessageDeduplicationId from the producer (the safest: an id of the business event), or enable ContentBasedDeduplication on the queue (the fix does), which hashes the body. With content-based deduplication, two distinct messages with the same body within 5 minutes are treated as one.',
  sources: [AWS_DOCS.fifoExactlyOnce, AWS_DOCS.deduplicationId],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'api', name: 'api', sqs: { messageGroupId: 'entity-id', deduplicationId: false } },
        { kind: 'sqs-queue', id: 'payments', name: 'payments.fifo', fifo: true },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'api', to: 'payments' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'api', name: 'api', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
        { kind: 'sqs-queue', id: 'payments', name: 'payments.fifo', fifo: true },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'api', to: 'payments' }],
    },
  },
};
