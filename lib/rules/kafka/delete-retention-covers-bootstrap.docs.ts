import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/delete-retention-covers-bootstrap`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Compaction keeps the latest record of each key; a record with a null value (a tombstone) deletes the key, and the cleaner removes the tombstone itself once delete.retention.ms (1 day by default) has passed. The Kafka documentation names this the time within which a consumer that starts from offset 0 must finish its read to get a valid snapshot: a rebuild that takes longer can read a key's old value early in the scan while the tombstone that deleted it is removed before the scan gets there, so the deleted key comes back in the rebuilt state (an erased user reappears in a cache). The rebuild time is what the readers declare (rebuildHours), the longest of them.",
  howToFix: 'Raise delete.retention.ms on the topic above the longest rebuild (the fix sets it to the declared rebuild time), or make the rebuild faster.',
  sources: [KAFKA_SOURCES.deleteRetention, KAFKA_SOURCES.designCompaction],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'profiles-api' },
        { kind: 'kafka-topic', id: 'user-profiles', config: { 'cleanup.policy': 'compact' } },
        { kind: 'consumer-group', id: 'cache-builder', requirements: { replayFromBeginning: true, rebuildHours: 30 } },
      ],
      connections: [
        ['profiles-api', 'user-profiles', 'publish'],
        ['user-profiles', 'cache-builder', 'consume'],
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'profiles-api' },
        { kind: 'kafka-topic', id: 'user-profiles', config: { 'cleanup.policy': 'compact', 'delete.retention.ms': 172800000 } },
        { kind: 'consumer-group', id: 'cache-builder', requirements: { replayFromBeginning: true, rebuildHours: 30 } },
      ],
      connections: [
        ['profiles-api', 'user-profiles', 'publish'],
        ['user-profiles', 'cache-builder', 'consume'],
      ],
    }),
  },
};
