import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const compactionLagOrder = defineRule({
  meta: {
    id: 'kafka/compaction-lag-order',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'A topic\'s min.compaction.lag.ms must not exceed its max.compaction.lag.ms.',
      rationale:
        'min.compaction.lag.ms is how long a record stays uncompacted at least; max.compaction.lag.ms is how long it may stay uncompacted at most. A minimum above the maximum is contradictory: LogConfig.validateValues rejects it with InvalidConfigurationException, so the topic cannot be created or altered.',
      howToFix: 'Swap or correct the two values so the minimum is not above the maximum.',
      sources: [KAFKA_SOURCES.logConfigSource, KAFKA_SOURCES.topicConfigs],
    },
    messages: {
      inverted:
        'Topic "{topic}" sets min.compaction.lag.ms={min} above max.compaction.lag.ms={max}: Kafka rejects the topic configuration.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'kafka-topic', id: 'customers', config: { 'cleanup.policy': 'compact', 'min.compaction.lag.ms': 86400000, 'max.compaction.lag.ms': 3600000 } }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'kafka-topic', id: 'customers', config: { 'cleanup.policy': 'compact', 'min.compaction.lag.ms': 3600000, 'max.compaction.lag.ms': 86400000 } }],
      }),
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const min = topic.config['min.compaction.lag.ms'];
      const max = topic.config['max.compaction.lag.ms'];
      // Unset, the minimum is 0 and the maximum Long.MAX_VALUE: only two declared values can conflict
      // (a maximum of Long.MAX_VALUE, which the design keeps as text, is above every minimum).
      if (min === undefined || max === undefined || typeof max === 'string' || min <= max) continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'inverted',
        data: { topic: topic.name, min, max },
        fix: {
          label: 'Swap the two values',
          apply: (d) => patchNode(d, topic.id, { config: { 'min.compaction.lag.ms': max, 'max.compaction.lag.ms': min } }),
        },
      });
    }
  },
});
