import { patchNode } from '../../design';
import { atLeastOnce, producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { rabbitProducers } from './_producers';
import { RMQ_SOURCES } from './_sources';

export const publisherConfirmsForAtLeastOnce = defineRule({
  meta: {
    id: 'rabbitmq/publisher-confirms-for-at-least-once',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'A producer on an at-least-once or exactly-once flow must publish to RabbitMQ with publisher confirms.',
      rationale:
        'A publish is fire-and-forget: a node can fail before a persistent message is written to disk, a message can be dropped by a full queue, and the connection can break with messages in flight. Only publisher confirms (confirm.select, then basic.ack / basic.nack from the broker) tell the publisher which messages the broker took responsibility for, so that it can republish the others.',
      howToFix: 'Enable publisher confirms on the publishing channel, track outstanding confirms, and republish messages that are nacked or never confirmed.',
      sources: [RMQ_SOURCES.confirmsPublisher, RMQ_SOURCES.publishers],
    },
    messages: {
      noConfirms: 'Producer "{producer}" publishes to RabbitMQ without publisher confirms on an {delivery} flow: it cannot know which messages the broker lost.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'orders-api', rabbitmq: { confirms: false } }, { kind: 'rabbitmq-exchange', id: 'orders' }],
        connections: [{ from: 'orders-api', to: 'orders', kind: 'publish', routingKey: 'order.created' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'orders-api', rabbitmq: { confirms: true } }, { kind: 'rabbitmq-exchange', id: 'orders' }],
        connections: [{ from: 'orders-api', to: 'orders', kind: 'publish', routingKey: 'order.created' }],
      }),
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
