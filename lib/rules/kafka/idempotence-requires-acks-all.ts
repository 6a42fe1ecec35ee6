import { nodesOfKind, patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { acksAll } from './_producers';
import { KAFKA_SOURCES } from './_sources';
import { kafkaTopicsPublishedBy } from './_topics';

export const idempotenceRequiresAcksAll = defineRule({
  meta: {
    id: 'kafka/idempotence-requires-acks-all',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'A producer with enable.idempotence=true must use acks=all.',
      rationale:
        'The idempotent producer only works when every in-sync replica acknowledges a write. When enable.idempotence is set to true together with acks=0 or acks=1, the Java client refuses to start with a ConfigException: "Must set acks to all in order to use the idempotent producer". The design stores enable.idempotence with a value (on unless turned off), the way an export writes it, so the value counts as set explicitly.',
      howToFix:
        'Set acks=all. On a flow that is declared at-most-once and deliberately uses acks=0 or 1, turn enable.idempotence off instead.',
      sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource],
    },
    messages: {
      conflict:
        'Producer "{producer}" sets enable.idempotence=true with acks={acks}: the Kafka client rejects this combination and does not start.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { acks: '1', 'enable.idempotence': true } },
          { kind: 'kafka-topic', id: 'orders' },
        ],
        connections: [['orders-api', 'orders', 'publish']],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { acks: 'all', 'enable.idempotence': true } },
          { kind: 'kafka-topic', id: 'orders' },
        ],
        connections: [['orders-api', 'orders', 'publish']],
      }),
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (!producer.kafka['enable.idempotence'] || acksAll(producer)) continue;
      if (kafkaTopicsPublishedBy(design, producer.id).length === 0) continue;
      // The flow decides which side of the conflict gives way: durability wins unless the flow says it needs none.
      const keepAcks = !atLeastOnce(requirementsAt(design, producer.id));
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'conflict',
        data: { producer: producer.name, acks: producer.kafka.acks },
        fix: keepAcks
          ? {
              label: 'Turn enable.idempotence off (the flow is at-most-once)',
              apply: (d) => patchNode(d, producer.id, { kafka: { 'enable.idempotence': false } }),
            }
          : { label: 'Set acks=all', apply: (d) => patchNode(d, producer.id, { kafka: { acks: 'all' } }) },
      });
    }
  },
});
