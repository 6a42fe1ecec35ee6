import { updateNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';

export const nonPersistentAtLeastOnce = defineRule({
  meta: {
    id: 'pulsar/non-persistent-at-least-once',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'pulsar-topic', 'consumer-group', 'projection'],
    summary: 'A non-persistent Pulsar topic on a flow that must not lose messages: it keeps messages in broker memory only and drops them when a broker fails or a consumer falls behind.',
    messages: {
      lossy:
        'Topic "{topic}" is non-persistent on a flow that needs {delivery} delivery: Pulsar never stores its messages, so a broker restart, a topic moving to another broker or a consumer whose queue is full loses them.',
    },
  },
  check({ design, report }) {
    for (const topic of design.nodes) {
      if (topic.kind !== 'pulsar-topic' || topic.persistence !== 'non-persistent') continue;
      const needs = requirementsAt(design, topic.id);
      if (!atLeastOnce(needs)) continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'lossy',
        data: { topic: topic.name, delivery: needs.delivery },
        fix: { label: 'Make it a persistent topic', apply: (d) => updateNode(d, topic.id, { persistence: 'persistent' }) },
      });
    }
  },
});
