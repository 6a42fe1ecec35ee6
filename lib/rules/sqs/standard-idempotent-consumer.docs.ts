import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/standard-idempotent-consumer`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Standard queues deliver at least once: occasionally, because of how SQS stores copies on several servers, a message is delivered more than once, even when everything works. AWS says applications using standard queues must be idempotent, that is, processing the same message twice must have the same effect as once.',
  howToFix:
    'Make the handler idempotent (a deduplication store keyed by a message or business id, conditional writes, upserts) and mark the consumer idempotent; or use a FIFO queue, which deduplicates.',
  sources: [AWS_DOCS.standardQueues],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'emails', name: 'emails' },
        { kind: 'consumer-group', id: 'mailer', name: 'mailer', idempotent: false },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'emails', to: 'mailer' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'emails', name: 'emails' },
        { kind: 'consumer-group', id: 'mailer', name: 'mailer', idempotent: true },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'emails', to: 'mailer' }],
    },
  },
};
