import { nodesOfKind } from '../../design';
import { targetsOf } from '../flow';
import { defineRule } from '../rule';
import { downstreamConsumers, quotedNames, retryHorizonMs } from './_flow';
import { DEDUP_INTERVAL_MS } from './_limits';
import { AWS_DOCS } from './_sources';

export const dedupWindowVsRetry = defineRule({
  meta: {
    id: 'sqs/dedup-window-vs-retry',
    category: 'delivery',
    severity: 'warning',
    docs: {
      summary: 'A producer sending to an SQS FIFO queue (or SNS FIFO topic) should stop retrying within the 5-minute deduplication interval.',
      rationale:
        'FIFO queues and topics remember a deduplication id for 5 minutes. A producer that retries a send it believes failed (but that in fact arrived) within that interval is deduplicated; a retry after it is accepted as a new message, and the consumer sees a duplicate. This does not matter when every consumer downstream is idempotent.',
      howToFix: 'Bound producer retries to under 5 minutes (retryHorizon), or make the downstream consumers idempotent (deduplicate on a business key).',
      sources: [AWS_DOCS.deduplicationId, AWS_DOCS.snsFifoDedup],
    },
    messages: {
      retriesOutliveWindow:
        'Producer "{producer}" retries for {horizon}, longer than the 5-minute deduplication interval of {channels}, so a late retry is delivered again as a duplicate.',
    },
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
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      const horizon = retryHorizonMs(producer);
      if (horizon === undefined || horizon <= DEDUP_INTERVAL_MS) continue;
      const channels = targetsOf(design, producer.id, 'publish').filter((t) => (t.kind === 'sqs-queue' || t.kind === 'sns-topic') && t.fifo);
      if (channels.length === 0) continue;
      // Duplicates are harmless when whoever ends up with the message deduplicates it.
      const consumers = channels.flatMap((c) => downstreamConsumers(design, c.id));
      if (consumers.length > 0 && consumers.every((g) => g.idempotent)) continue;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'retriesOutliveWindow',
        data: { producer: producer.name, horizon: producer.retryHorizon, channels: quotedNames(channels) },
      });
    }
  },
});
