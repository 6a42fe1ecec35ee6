import { nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { flavourOf } from '../../brokers/kafka/broker-settings';

export const noForcedFlush = defineRule({
  meta: {
    id: 'kafka/no-forced-flush',
    category: 'durability',
    severity: 'info',
    reads: ['kafka-topic'],
    scope: 'node',
    summary: 'A Kafka topic should not force fsync with flush.messages or flush.ms.',
    messages: {
      forced: 'Topic "{topic}" forces fsync ({settings}): Kafka recommends relying on replication for durability, and forced flushes cost throughput.',
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
