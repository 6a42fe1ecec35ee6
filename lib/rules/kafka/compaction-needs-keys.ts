import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { isCompacted, publishEdges } from './_topics';

export const compactionNeedsKeys = defineRule({
  meta: {
    id: 'kafka/compaction-needs-keys',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'Every producer writing to a compacted topic must send a record key.',
      rationale:
        'Compaction keeps the latest record per key, so a compacted topic (cleanup.policy compact or compact,delete) cannot store a record without one: the broker rejects the whole batch with InvalidRecordException ("Compacted topic cannot accept message without key"), and the producer\'s writes fail.',
      howToFix: 'Key the producer\'s records (usually by entity id), or use cleanup.policy=delete for this topic.',
      sources: [KAFKA_SOURCES.logValidatorSource, KAFKA_SOURCES.topicConfigs],
    },
    messages: {
      unkeyed: 'Producer "{producer}" writes records without a key to compacted topic "{topic}": the broker rejects every such batch.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'profile-service', keyStrategy: 'none' },
          { kind: 'kafka-topic', id: 'customer-profiles', config: { 'cleanup.policy': 'compact' } },
        ],
        connections: [['profile-service', 'customer-profiles', 'publish']],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'profile-service', keyStrategy: 'entity-id' },
          { kind: 'kafka-topic', id: 'customer-profiles', config: { 'cleanup.policy': 'compact' } },
        ],
        connections: [['profile-service', 'customer-profiles', 'publish']],
      }),
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
