import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { flavourOf } from '../../brokers/kafka/broker-settings';
import { deletesOldSegments, formatRetention } from './_topics';

export const segmentVsRetentionGranularity = defineRule({
  meta: {
    id: 'kafka/segment-vs-retention-granularity',
    category: 'operability',
    severity: 'info',
    reads: ['kafka-topic'],
    scope: 'node',
    summary: 'A topic should roll segments at least as often as its retention period.',
    messages: {
      coarse: 'Topic "{topic}" rolls segments every {segment} ({source}) but keeps data for {retention}: records can outlive the retention by up to a segment\'s age.',
    },
  },
  check({ design, source, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const retention = topic.config['retention.ms'];
      if (retention === -1 || !deletesOldSegments(topic)) continue;
      const from = source(topic.id, 'config.segment.ms');
      // Redpanda's 2-week default exceeds Kafka's 7-day default retention: flagging every default topic would be noise.
      if (from?.origin === 'broker' && flavourOf(design, topic) === 'redpanda') continue;
      const segment = topic.config['segment.ms'];
      if (segment <= retention) continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'coarse',
        data: {
          topic: topic.name,
          segment: formatRetention(segment),
          source: !from || from.origin === 'design' ? 'segment.ms' : from.label,
          retention: formatRetention(retention),
        },
        fix: {
          label: `Set segment.ms=${retention}`,
          apply: (d) => patchNode(d, topic.id, { config: { 'segment.ms': Math.max(1, retention) } }),
        },
      });
    }
  },
});
