import {  nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import {   flavourOf } from '../../brokers/kafka/broker-settings';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { deletesOldSegments, formatRetention } from './_topics';

export const segmentVsRetentionGranularity = defineRule({
  meta: {
    id: 'kafka/segment-vs-retention-granularity',
    category: 'operability',
    severity: 'info',
    docs: {
      summary: 'A topic should roll segments at least as often as its retention period.',
      rationale:
        'Retention deletes whole segment files, and only closed ones. When segments roll less often than retention.ms (segment.ms, 7 days by default in Kafka), data lives up to about one segment longer than the retention says, which matters for short retention periods and for data that must be gone on time. On Redpanda (whose segment.ms default is 2 weeks) only a declared segment.ms is checked.',
      howToFix: 'Set segment.ms to the retention period or less.',
      sources: [KAFKA_SOURCES.topicConfigs],
    },
    messages: {
      coarse:
        'Topic "{topic}" rolls segments every {segment} ({source}) but keeps data for {retention}: records can outlive the retention by up to a segment\'s age.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'sessions', config: { 'retention.ms': 3600000 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'sessions', config: { 'retention.ms': 3600000, 'segment.ms': 600000 } }] }),
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
