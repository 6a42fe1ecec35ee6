import { nodesOfKind,  patchNode } from '../../design';
import { defineRule } from '../rule';
import { flavourOf } from '../../brokers/kafka/broker-settings';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const noForcedFlush = defineRule({
  meta: {
    id: 'kafka/no-forced-flush',
    category: 'durability',
    severity: 'info',
    docs: {
      summary: 'A Kafka topic should not force fsync with flush.messages or flush.ms.',
      rationale:
        'Kafka gets its durability from replication, not from fsync: the topic config docs recommend leaving flush.messages and flush.ms unset and letting the operating system flush. Forcing a flush costs throughput and latency for little gain. (Redpanda uses flush.ms with write caching and fsyncs acks=all writes anyway, so Redpanda topics are not checked.)',
      howToFix: 'Remove flush.messages and flush.ms; rely on replication factor 3, min.insync.replicas 2 and acks=all.',
      sources: [KAFKA_SOURCES.topicConfigs],
    },
    messages: {
      forced: 'Topic "{topic}" forces fsync ({settings}): Kafka recommends relying on replication for durability, and forced flushes cost throughput.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', config: { 'flush.messages': 1 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders' }] }),
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const settings = (['flush.messages', 'flush.ms'] as const).filter((key) => topic.config[key] !== undefined);
      if (settings.length === 0 || flavourOf(design, topic) !== 'kafka') continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'forced',
        data: { topic: topic.name, settings: settings.map((key) => `${key}=${topic.config[key]}`).join(', ') },
        fix: { label: 'Remove flush.messages and flush.ms', apply: (d) => patchNode(d, topic.id, { config: { 'flush.messages': undefined, 'flush.ms': undefined } }) },
      });
    }
  },
});
