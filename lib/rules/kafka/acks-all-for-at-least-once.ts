import { nodesOfKind, patchNode } from '../../design';
import { targetsOf } from '../flow';
import { atLeastOnce, producerRequirements } from '../needs';
import { defineRule } from '../rule';

export const acksAllForAtLeastOnce = defineRule({
  meta: {
    id: 'kafka/acks-all-for-at-least-once',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'A producer on an at-least-once or exactly-once flow must use acks=all.',
      rationale:
        'With acks=1 a record acknowledged by a leader that fails before replication is lost. With acks=0 there is no acknowledgement at all, and retries do not take effect.',
      howToFix: 'Set acks=all on the producer (the default since Kafka 3.0).',
      sources: [{ label: 'Kafka producer configs: acks', url: 'https://kafka.apache.org/documentation/#producerconfigs_acks' }],
    },
    subsumes: ['kafka/acks-vs-min-isr', 'kafka/min-isr-needs-acks-all', 'kafka/idempotence-silently-disabled'],
    messages: {
      weakAcks: 'Producer "{producer}" publishes to Kafka with acks={acks} on an {delivery} flow: acknowledged records can be lost.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api', kafka: { acks: '1' } },
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api', kafka: { acks: 'all' } },
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
      },
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
