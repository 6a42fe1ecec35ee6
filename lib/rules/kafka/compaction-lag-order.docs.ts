import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/compaction-lag-order`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'min.compaction.lag.ms is how long a record stays uncompacted at least; max.compaction.lag.ms is how long it may stay uncompacted at most. A minimum above the maximum is contradictory: LogConfig.validateValues rejects it with InvalidConfigurationException, so the topic cannot be created or altered.',
  howToFix: 'Swap or correct the two values so the minimum is not above the maximum.',
  sources: [KAFKA_SOURCES.logConfigSource, KAFKA_SOURCES.topicConfigs],
  examples: {
    failing: exampleDesign({
      nodes: [{ kind: 'kafka-topic', id: 'customers', config: { 'cleanup.policy': 'compact', 'min.compaction.lag.ms': 86400000, 'max.compaction.lag.ms': 3600000 } }],
    }),
    passing: exampleDesign({
      nodes: [{ kind: 'kafka-topic', id: 'customers', config: { 'cleanup.policy': 'compact', 'min.compaction.lag.ms': 3600000, 'max.compaction.lag.ms': 86400000 } }],
    }),
  },
};
