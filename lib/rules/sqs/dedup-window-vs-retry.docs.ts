import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/dedup-window-vs-retry`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'FIFO queues and topics remember a deduplication id for 5 minutes. A producer that retries a send it believes failed (but that in fact arrived) within that interval is deduplicated; a retry after it is accepted as a new message, and the consumer sees a duplicate. This does not matter when every consumer downstream is idempotent.',
  howToFix: 'Bound producer retries to under 5 minutes (retryHorizon), or make the downstream consumers idempotent (deduplicate on a business key).',
  sources: [AWS_DOCS.deduplicationId, AWS_DOCS.snsFifoDedup],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'api', name: 'api', retryHorizon: '1h', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
        { kind: 'sqs-queue', id: 'payments', name: 'payments.fifo', fifo: true },
        { kind: 'consumer-group', id: 'ledger', name: 'ledger' },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'api', to: 'payments' },
        { id: 'c', kind: 'consume', from: 'payments', to: 'ledger' },
      ],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'api', name: 'api', retryHorizon: '2m', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
        { kind: 'sqs-queue', id: 'payments', name: 'payments.fifo', fifo: true },
        { kind: 'consumer-group', id: 'ledger', name: 'ledger' },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'api', to: 'payments' },
        { id: 'c', kind: 'consume', from: 'payments', to: 'ledger' },
      ],
    },
  },
};
