import { nodesOfKind, patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { kafkaTopicsPublishedBy } from './_topics';

export const idempotenceRequiresRetries = defineRule({
  meta: {
    id: 'kafka/idempotence-requires-retries',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'An idempotent producer must be allowed to retry (retries > 0).',
      rationale:
        'Idempotence exists to make retries safe; with retries=0 it has nothing to protect. The Java client rejects enable.idempotence=true with retries=0 with a ConfigException: "Must set retries to non-zero when using the idempotent producer". The design stores enable.idempotence with a value (on unless turned off), the way an export writes it, so the value counts as set explicitly.',
      howToFix:
        'Remove retries (Kafka\'s default is effectively unbounded) and bound retrying in time with delivery.timeout.ms. On a flow declared at-most-once that deliberately never retries, turn enable.idempotence off instead.',
      sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.producerConfigSource],
    },
    messages: {
      noRetries: 'Producer "{producer}" sets enable.idempotence=true with retries=0: the Kafka client rejects this combination and does not start.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { 'enable.idempotence': true, retries: 0 } },
          { kind: 'kafka-topic', id: 'orders' },
        ],
        connections: [['orders-api', 'orders', 'publish']],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { 'enable.idempotence': true, 'delivery.timeout.ms': 120000 } },
          { kind: 'kafka-topic', id: 'orders' },
        ],
        connections: [['orders-api', 'orders', 'publish']],
      }),
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (!producer.kafka['enable.idempotence'] || producer.kafka.retries !== 0) continue;
      if (kafkaTopicsPublishedBy(design, producer.id).length === 0) continue;
      const atMostOnce = !atLeastOnce(requirementsAt(design, producer.id));
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'noRetries',
        data: { producer: producer.name },
        fix: atMostOnce
          ? {
              label: 'Turn enable.idempotence off (the flow is at-most-once)',
              apply: (d) => patchNode(d, producer.id, { kafka: { 'enable.idempotence': false } }),
            }
          : { label: 'Remove retries (use the default)', apply: (d) => patchNode(d, producer.id, { kafka: { retries: undefined } }) },
      });
    }
  },
});
