import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/fifo-group-parallelism`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "SQS delivers the messages of one message group one batch at a time, in order: while a group's messages are in flight, no other consumer can receive the group's next ones. When every producer uses a single constant group id, the whole queue is one group, so extra consumer instances sit idle and throughput is that of one consumer. Flows that declare strict (total) ordering need a single group, so they are not flagged.",
  howToFix: 'Use a high-cardinality MessageGroupId, the entity key that ordering is needed for (the fix switches the producers to the entity id).',
  sources: [AWS_DOCS.messageGroupId, AWS_DOCS.visibilityTimeout],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'api', name: 'api', sqs: { messageGroupId: 'constant', deduplicationId: true } },
        { kind: 'sqs-queue', id: 'jobs', name: 'jobs.fifo', fifo: true },
        { kind: 'consumer-group', id: 'workers', name: 'workers', instances: 4 },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'api', to: 'jobs' },
        { id: 'c', kind: 'consume', from: 'jobs', to: 'workers' },
      ],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'api', name: 'api', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
        { kind: 'sqs-queue', id: 'jobs', name: 'jobs.fifo', fifo: true },
        { kind: 'consumer-group', id: 'workers', name: 'workers', instances: 4 },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'api', to: 'jobs' },
        { id: 'c', kind: 'consume', from: 'jobs', to: 'workers' },
      ],
    },
  },
};
