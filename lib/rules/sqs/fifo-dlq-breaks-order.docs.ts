import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/fifo-dlq-breaks-order`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "When a message moves to the dead-letter queue, the next message of its group is delivered without it: the group's order has a gap. AWS advises against a dead-letter queue on a FIFO queue when the exact order of messages or operations must not be broken (their example: the edits of a video edit decision list). For per-key flows that tolerate a skipped message this is fine, so only flows that declare strict ordering are flagged.",
  howToFix:
    'Accept the gap and handle it in the application (for example, park the group until the dead-lettered message is resolved), or remove the redrive policy and let the group block until the failure is fixed. Accept the risk on the queue once decided.',
  sources: [AWS_DOCS.deadLetterQueues],
  examples: {
    failing: {
      queuewright: 2,
      requirements: { ordering: 'strict' },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sqs-queue', id: 'edits', name: 'edits.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'edits-dlq', name: 'edits-dlq.fifo', fifo: true, role: 'dead-letter' },
      ],
      connections: [
        { id: 'writer--edits', kind: 'publish', from: 'writer', to: 'edits' },
        { id: 'd', kind: 'dead-letter', from: 'edits', to: 'edits-dlq', maxReceiveCount: 5 },
      ],
    },
    passing: {
      queuewright: 2,
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sqs-queue', id: 'edits', name: 'edits.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'edits-dlq', name: 'edits-dlq.fifo', fifo: true, role: 'dead-letter' },
      ],
      connections: [
        { id: 'writer--edits', kind: 'publish', from: 'writer', to: 'edits' },
        { id: 'd', kind: 'dead-letter', from: 'edits', to: 'edits-dlq', maxReceiveCount: 5 },
      ],
    },
  },
};
