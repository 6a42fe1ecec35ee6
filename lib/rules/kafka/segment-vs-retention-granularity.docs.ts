import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/segment-vs-retention-granularity`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Retention deletes whole segment files, and only closed ones. When segments roll less often than retention.ms (segment.ms, 7 days by default in Kafka), data lives up to about one segment longer than the retention says, which matters for short retention periods and for data that must be gone on time. On Redpanda (whose segment.ms default is 2 weeks) only a declared segment.ms is checked.',
  howToFix: 'Set segment.ms to the retention period or less.',
  sources: [KAFKA_SOURCES.topicConfigs],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'sessions', config: { 'retention.ms': 3600000 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'sessions', config: { 'retention.ms': 3600000, 'segment.ms': 600000 } }] }),
  },
};
