import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/publisher-confirms-for-at-least-once`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A publish is fire-and-forget: a node can fail before a persistent message is written to disk, a message can be dropped by a full queue, and the connection can break with messages in flight. Only publisher confirms (confirm.select, then basic.ack / basic.nack from the broker) tell the publisher which messages the broker took responsibility for, so that it can republish the others.',
  howToFix: 'Enable publisher confirms on the publishing channel, track outstanding confirms, and republish messages that are nacked or never confirmed.',
  sources: [RMQ_SOURCES.confirmsPublisher, RMQ_SOURCES.publishers],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', rabbitmq: { confirms: false } },
        { kind: 'rabbitmq-exchange', id: 'orders' },
      ],
      connections: [{ from: 'orders-api', to: 'orders', kind: 'publish', routingKey: 'order.created' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'orders-api', rabbitmq: { confirms: true } },
        { kind: 'rabbitmq-exchange', id: 'orders' },
      ],
      connections: [{ from: 'orders-api', to: 'orders', kind: 'publish', routingKey: 'order.created' }],
    }),
  },
};
