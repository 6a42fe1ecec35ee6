import { nodesOfKind, patchNode } from '../../design';
import { requirementsAt, readersOf } from '../needs';
import { withSource } from '../flow';
import { defineRule } from '../rule';
import { formatRetention, isCompacted } from './_topics';

const HOUR_MS = 3_600_000;

export const deleteRetentionCoversBootstrap = defineRule({
  meta: {
    id: 'kafka/delete-retention-covers-bootstrap',
    category: 'delivery',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A compacted topic must keep its tombstones (delete.retention.ms) at least as long as a reader takes to replay it from the beginning.',
    messages: {
      short:
        'Compacted topic "{topic}" keeps tombstones for {retention}, but {who} {verb} it from the beginning in about {rebuild}: tombstones can be removed before the replay reaches them, and the keys they deleted come back in the rebuilt state.',
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
