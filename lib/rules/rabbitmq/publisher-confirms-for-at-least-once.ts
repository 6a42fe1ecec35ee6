import { patchNode } from '../../design';
import { atLeastOnce, producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { rabbitProducers } from './_producers';

export const publisherConfirmsForAtLeastOnce = defineRule({
  meta: {
    id: 'rabbitmq/publisher-confirms-for-at-least-once',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A producer on an at-least-once or exactly-once flow must publish to RabbitMQ with publisher confirms.',
    messages: {
      noConfirms: 'Producer "{producer}" publishes to RabbitMQ without publisher confirms on an {delivery} flow: it cannot know which messages the broker lost.',
    },
  },
  check({ design, report }) {
    for (const producer of rabbitProducers(design)) {
      if (producer.rabbitmq.confirms) continue;
      const requirements = producerRequirements(design, producer);
      if (!atLeastOnce(requirements)) continue;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'noConfirms',
        data: { producer: producer.name, delivery: requirements.delivery },
        fix: { label: 'Enable publisher confirms', apply: (d) => patchNode(d, producer.id, { rabbitmq: { confirms: true } }) },
      });
    }
  },
});
