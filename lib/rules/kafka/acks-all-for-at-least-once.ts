import { nodesOfKind, patchNode } from '../../design';
import { targetsOf } from '../flow';
import { atLeastOnce, producerRequirements } from '../needs';
import { defineRule } from '../rule';

export const acksAllForAtLeastOnce = defineRule({
  meta: {
    id: 'kafka/acks-all-for-at-least-once',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A producer on an at-least-once or exactly-once flow must use acks=all.',
    subsumes: ['kafka/acks-vs-min-isr', 'kafka/min-isr-needs-acks-all', 'kafka/idempotence-silently-disabled'],
    messages: {
      weakAcks: 'Producer "{producer}" publishes to Kafka with acks={acks} on an {delivery} flow: acknowledged records can be lost.',
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (!targetsOf(design, producer.id, 'publish').some((t) => t.kind === 'kafka-topic')) continue;
      const requirements = producerRequirements(design, producer);
      const acks = producer.kafka.acks;
      if (!atLeastOnce(requirements) || acks === 'all' || acks === '-1') continue;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'weakAcks',
        data: { producer: producer.name, acks, delivery: requirements.delivery },
        fix: {
          label: 'Set acks=all',
          apply: (d) => patchNode(d, producer.id, { kafka: { acks: 'all' } }),
        },
      });
    }
  },
});
