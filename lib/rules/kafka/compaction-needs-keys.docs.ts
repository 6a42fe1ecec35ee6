import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/compaction-needs-keys`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Compaction keeps the latest record per key, so a compacted topic (cleanup.policy compact or compact,delete) cannot store a record without one: the broker rejects the whole batch with InvalidRecordException ("Compacted topic cannot accept message without key"), and the producer\'s writes fail.',
  howToFix: "Key the producer's records (usually by entity id), or use cleanup.policy=delete for this topic.",
  sources: [KAFKA_SOURCES.logValidatorSource, KAFKA_SOURCES.topicConfigs],
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
};
