import { nodesOfKind, patchNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { deletesOldSegments, formatRetention } from './_topics';

const HOUR_MS = 3_600_000;

export const retentionCoversConsumerLag = defineRule({
  meta: {
    id: 'kafka/retention-covers-consumer-lag',
    category: 'error-handling',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary:
      'A topic must keep data at least as long as its flows and readers need: the longest tolerated consumer outage, the replay window, or everything when a reader rebuilds from the beginning.',
    messages: {
      short: 'Topic "{topic}" keeps data for {retention} but its flows need {needed} ({why}): records a consumer has not read in time are deleted unread.',
      beginning:
        'Topic "{topic}" deletes records after {retention}, but a reader must be able to replay it from the beginning: a rebuild would start with data already gone. Keep it forever, or compact it if the latest record per key is enough.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const retention = topic.config['retention.ms'];
      if (retention === -1 || !deletesOldSegments(topic)) continue;
      const needs = requirementsAt(design, topic.id);
      if (!needs) continue;
      const { maxConsumerOutageHours: outage = 0, retentionHours: replay = 0 } = needs;
      if (needs.replayFromBeginning) {
        report({
          target: { type: 'node', id: topic.id },
          messageId: 'beginning',
          data: { topic: topic.name, retention: formatRetention(retention) },
          fix: { label: 'Keep records forever (retention.ms=-1)', apply: (d) => patchNode(d, topic.id, { config: { 'retention.ms': -1 } }) },
        });
        continue;
      }
      const neededMs = Math.max(outage, replay) * HOUR_MS;
      if (retention >= neededMs) continue;
      const why = outage >= replay ? `a consumer outage of up to ${outage} hours` : `a replay window of ${replay} hours`;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'short',
        data: { topic: topic.name, retention: formatRetention(retention), needed: formatRetention(neededMs), why },
        fix: {
          label: `Set retention.ms=${neededMs} (${formatRetention(neededMs)})`,
          apply: (d) => patchNode(d, topic.id, { config: { 'retention.ms': neededMs } }),
        },
      });
    }
  },
});
