import { nodesOfKind, patchNode } from '../../design';
import { requirementsAt, readersOf } from '../needs';
import { withSource } from '../flow';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { formatRetention, isCompacted } from './_topics';

const HOUR_MS = 3_600_000;

export const deleteRetentionCoversBootstrap = defineRule({
  meta: {
    id: 'kafka/delete-retention-covers-bootstrap',
    category: 'delivery',
    severity: 'warning',
    docs: {
      summary: 'A compacted topic must keep its tombstones (delete.retention.ms) at least as long as a reader takes to replay it from the beginning.',
      rationale:
        'Compaction keeps the latest record of each key; a record with a null value (a tombstone) deletes the key, and the cleaner removes the tombstone itself once delete.retention.ms (1 day by default) has passed. The Kafka documentation names this the time within which a consumer that starts from offset 0 must finish its read to get a valid snapshot: a rebuild that takes longer can read a key\'s old value early in the scan while the tombstone that deleted it is removed before the scan gets there, so the deleted key comes back in the rebuilt state (an erased user reappears in a cache). The rebuild time is what the readers declare (rebuildHours), the longest of them.',
      howToFix: 'Raise delete.retention.ms on the topic above the longest rebuild (the fix sets it to the declared rebuild time), or make the rebuild faster.',
      sources: [KAFKA_SOURCES.deleteRetention, KAFKA_SOURCES.designCompaction],
    },
    messages: {
      short:
        'Compacted topic "{topic}" keeps tombstones for {retention}, but {who} {verb} it from the beginning in about {rebuild}: tombstones can be removed before the replay reaches them, and the keys they deleted come back in the rebuilt state.',
    },
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
  },
  check({ design, graph, report, source }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      if (!isCompacted(topic)) continue;
      const rebuildHours = requirementsAt(design, topic.id)?.rebuildHours;
      if (rebuildHours === undefined) continue;
      const neededMs = Math.ceil(rebuildHours * HOUR_MS);
      const retention = topic.config['delete.retention.ms'];
      if (retention >= neededMs) continue;
      // Name the readers whose rebuild it is; a rebuild time the flows declare has no reader to name.
      const readers = readersOf(graph, topic.id).filter((r) => (r.requirements.rebuildHours ?? 0) * HOUR_MS > retention);
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'short',
        data: {
          topic: topic.name,
          retention: withSource(formatRetention(retention), source(topic.id, 'config.delete.retention.ms')),
          who: readers.length > 0 ? readers.map((r) => `"${r.name}"`).join(', ') : 'a reader',
          verb: readers.length > 1 ? 'replay' : 'replays',
          rebuild: formatRetention(neededMs),
        },
        fix: {
          label: `Set delete.retention.ms=${neededMs} (${formatRetention(neededMs)})`,
          apply: (d) => patchNode(d, topic.id, { config: { 'delete.retention.ms': neededMs } }),
        },
      });
    }
  },
});
