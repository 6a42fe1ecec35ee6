import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from '../sqs/_sources';

/** The docs and examples of `sns/fifo-filter-at-most-once`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'SNS FIFO topics with SQS FIFO queues deliver exactly once only while, among other conditions, the subscription has no message filtering. AWS: with message filtering configured, SNS FIFO topics support at-most-once delivery. A flow that requires exactly-once delivery through a filtered FIFO subscription does not get it.',
  howToFix: "Subscribe without a filter policy and filter in the consumer (or in a separate topic per message type), or relax the flow's declared delivery and accept the risk.",
  sources: [AWS_DOCS.snsFifoDedup],
  examples: {
    failing: {
      queuewright: 2,
      requirements: { delivery: 'exactly-once' },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sns-topic', id: 'ledger', name: 'ledger.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'credits', name: 'credits.fifo', fifo: true },
      ],
      connections: [
        { id: 'writer--ledger', kind: 'publish', from: 'writer', to: 'ledger' },
        { id: 's', kind: 'subscription', from: 'ledger', to: 'credits', filterPolicy: '{"type":["credit"]}' },
      ],
    },
    passing: {
      queuewright: 2,
      requirements: { delivery: 'exactly-once' },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sns-topic', id: 'ledger', name: 'ledger.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'credits', name: 'credits.fifo', fifo: true },
      ],
      connections: [
        { id: 'writer--ledger', kind: 'publish', from: 'writer', to: 'ledger' },
        { id: 's', kind: 'subscription', from: 'ledger', to: 'credits' },
      ],
    },
  },
};
