import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/max-poll-interval-covers-batch`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A consumer that does not call poll() within max.poll.interval.ms is considered failed: it leaves the group, its partitions are reassigned and its uncommitted records are delivered again. When max.poll.records × the slowest (p99) processing time reaches the interval, slow batches cause redeliveries and rebalance storms. Consumers that hand records to a thread pool keep polling and are not checked.',
  howToFix: 'Lower max.poll.records (default 500) so a batch finishes well inside the interval, or raise max.poll.interval.ms (default 300000).',
  sources: [KAFKA_SOURCES.consumerConfigs],
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
};
