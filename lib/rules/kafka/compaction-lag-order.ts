import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';

export const compactionLagOrder = defineRule({
  meta: {
    id: 'kafka/compaction-lag-order',
    category: 'operability',
    severity: 'error',
    reads: ['kafka-topic'],
    scope: 'node',
    summary: "A topic's min.compaction.lag.ms must not exceed its max.compaction.lag.ms.",
    messages: {
      inverted: 'Topic "{topic}" sets min.compaction.lag.ms={min} above max.compaction.lag.ms={max}: Kafka rejects the topic configuration.',
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
