import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { isCompacted, publishEdges } from './_topics';

export const compactionNeedsKeys = defineRule({
  meta: {
    id: 'kafka/compaction-needs-keys',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'kafka-topic'],
    summary: 'Every producer writing to a compacted topic must send a record key.',
    messages: {
      unkeyed: 'Producer "{producer}" writes records without a key to compacted topic "{topic}": the broker rejects every such batch.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      if (!isCompacted(topic)) continue;
      for (const { connection, producer } of publishEdges(design, topic.id)) {
        if (producer.keyStrategy !== 'none') continue;
        report({
          target: { type: 'connection', id: connection.id },
          messageId: 'unkeyed',
          data: { producer: producer.name, topic: topic.name },
          fix: { label: `Key "${producer.name}"'s records by entity id`, apply: (d) => updateNode(d, producer.id, { keyStrategy: 'entity-id' }) },
        });
      }
    }
  },
});
