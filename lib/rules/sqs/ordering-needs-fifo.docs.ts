import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/ordering-needs-fifo`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A standard queue gives best-effort ordering and at-least-once delivery: messages are usually delivered in the order sent, but occasionally out of order, and an extra copy may arrive late. Nothing in a standard queue keeps two events about the same entity in sequence. The flow requirement comes from the producers upstream (directly or through SNS); dead-letter queues are not checked.',
  howToFix: 'Use a FIFO queue with the ordering key as MessageGroupId, or declare the flow\'s ordering as "none" and have consumers reorder with sequence numbers.',
  sources: [AWS_DOCS.standardQueues, AWS_DOCS.messageGroupId],
  examples: {
    failing: {
      queuewright: 2,
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sqs-queue', id: 'balance-updates', name: 'balance-updates' },
      ],
      connections: [{ id: 'writer--balance-updates', kind: 'publish', from: 'writer', to: 'balance-updates' }],
    },
    passing: {
      queuewright: 2,
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sqs-queue', id: 'balance-updates', name: 'balance-updates.fifo', fifo: true },
      ],
      connections: [{ id: 'writer--balance-updates', kind: 'publish', from: 'writer', to: 'balance-updates' }],
    },
  },
};
