import {  patchNode } from '../../design';
import { defineRule } from '../rule';
import { kafkaConsumerGroups } from './_consumers';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

const DEFAULT_MAX_POLL_RECORDS = 500;
const DEFAULT_MAX_POLL_INTERVAL_MS = 300_000;

export const maxPollIntervalCoversBatch = defineRule({
  meta: {
    id: 'kafka/max-poll-interval-covers-batch',
    category: 'scalability',
    severity: 'error',
    docs: {
      summary: 'A consumer must be able to process one poll\'s batch within max.poll.interval.ms.',
      rationale:
        'A consumer that does not call poll() within max.poll.interval.ms is considered failed: it leaves the group, its partitions are reassigned and its uncommitted records are delivered again. When max.poll.records × the slowest (p99) processing time reaches the interval, slow batches cause redeliveries and rebalance storms. Consumers that hand records to a thread pool keep polling and are not checked.',
      howToFix: 'Lower max.poll.records (default 500) so a batch finishes well inside the interval, or raise max.poll.interval.ms (default 300000).',
      sources: [KAFKA_SOURCES.consumerConfigs],
    },
    messages: {
      tooSlow:
        'Consumer group "{group}" may take {batchMs} ms for one poll ({records} records × {p99} ms p99), at or over max.poll.interval.ms={interval}: the member is evicted mid-batch and its records are redelivered.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', processingMsP99: 1000, kafka: { 'max.poll.records': 500 } },
        ],
        connections: [['orders', 'billing', 'consume']],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', processingMsP99: 1000, kafka: { 'max.poll.records': 100 } },
        ],
        connections: [['orders', 'billing', 'consume']],
      }),
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
      const kafka =
        fitting >= 1
          ? { 'max.poll.records': fitting }
          : { 'max.poll.records': 1, 'max.poll.interval.ms': Math.ceil(2 * p99) };
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
