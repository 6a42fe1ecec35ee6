import { nodesOfKind } from '../../design';
import { targetsOf } from '../flow';
import { defineRule } from '../rule';
import { downstreamConsumers, quotedNames, retryHorizonMs } from './_flow';
import { DEDUP_INTERVAL_MS } from './_limits';

export const dedupWindowVsRetry = defineRule({
  meta: {
    id: 'sqs/dedup-window-vs-retry',
    category: 'delivery',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'sns-topic', 'consumer-group', 'projection'],
    summary: 'A producer sending to an SQS FIFO queue (or SNS FIFO topic) should stop retrying within the 5-minute deduplication interval.',
    messages: {
      retriesOutliveWindow: 'Producer "{producer}" retries for {horizon}, longer than the 5-minute deduplication interval of {channels}, so a late retry is delivered again as a duplicate.',
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
