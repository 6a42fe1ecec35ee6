import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/retention-covers-consumer-lag`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Kafka deletes old segments after retention.ms whether or not anyone has read them: the docs call retention "an SLA on how soon consumers must read their data". A consumer that is down longer than the retention, or a replay that reaches further back, finds its data gone.',
  howToFix: 'Raise retention.ms to cover the declared maxConsumerOutageHours and retentionHours (or use -1, or tiered storage for long retention).',
  sources: [KAFKA_SOURCES.topicConfigs],
  examples: {
    failing: exampleDesign({
      requirements: { maxConsumerOutageHours: 72 },
      nodes: [
        { kind: 'producer', id: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', config: { 'retention.ms': 86400000 } },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
    passing: exampleDesign({
      requirements: { maxConsumerOutageHours: 72 },
      nodes: [
        { kind: 'producer', id: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', config: { 'retention.ms': 604800000 } },
      ],
      connections: [['orders-api', 'orders', 'publish']],
    }),
  },
};
