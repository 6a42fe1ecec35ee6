import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { kafkaConsumerGroups } from './_consumers';

const DEFAULT_MAX_POLL_RECORDS = 500;
const DEFAULT_MAX_POLL_INTERVAL_MS = 300_000;

export const maxPollIntervalCoversBatch = defineRule({
  meta: {
    id: 'kafka/max-poll-interval-covers-batch',
    category: 'scalability',
    severity: 'error',
    reads: ['consumer-group'],
    summary: "A consumer must be able to process one poll's batch within max.poll.interval.ms.",
    messages: {
      tooSlow:
        'Consumer group "{group}" may take {batchMs} ms for one poll ({records} records × {p99} ms p99), at or over max.poll.interval.ms={interval}: the member is evicted mid-batch and its records are redelivered.',
    },
  },
  check({ design, report }) {
    for (const { group } of kafkaConsumerGroups(design)) {
      if (group.asyncProcessing) continue;
      const p99 = group.processingMsP99;
      const records = group.kafka['max.poll.records'] ?? DEFAULT_MAX_POLL_RECORDS;
      const interval = group.kafka['max.poll.interval.ms'] ?? DEFAULT_MAX_POLL_INTERVAL_MS;
      const batchMs = records * p99;
      if (batchMs < interval) continue;
      // Half the interval leaves room for the slow tail beyond p99; if even one record does not fit, widen the interval.
      const fitting = Math.floor(interval / (2 * p99));
      const kafka = fitting >= 1 ? { 'max.poll.records': fitting } : { 'max.poll.records': 1, 'max.poll.interval.ms': Math.ceil(2 * p99) };
      report({
        target: { type: 'node', id: group.id },
        messageId: 'tooSlow',
        data: { group: group.name, batchMs: Math.round(batchMs), records, p99, interval },
        fix: {
          label: fitting >= 1 ? `Set max.poll.records=${fitting}` : `Poll one record at a time with max.poll.interval.ms=${kafka['max.poll.interval.ms']}`,
          apply: (d) => patchNode(d, group.id, { kafka }),
        },
      });
    }
  },
});
