import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/manual-ack-for-at-least-once`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'With automatic acknowledgement the broker considers a message delivered as soon as it is written to the socket. If the consumer crashes, or its connection or channel closes, before it has processed the message, the message is gone. The RabbitMQ documentation says this mode "should be considered unsafe". (Streams always need manual acks; rabbitmq/stream-unsupported-features reports auto-ack on them.)',
  howToFix: 'Consume with manual acknowledgements (autoAck=false) and ack each message after the handler has finished.',
  sources: [RMQ_SOURCES.confirmsAckModes],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', ackMode: 'auto' },
      ],
      connections: [
        { from: 'writer', to: 'orders', kind: 'publish' },
        { from: 'orders', to: 'billing', kind: 'consume' },
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', ackMode: 'manual' },
      ],
      connections: [
        { from: 'writer', to: 'orders', kind: 'publish' },
        { from: 'orders', to: 'billing', kind: 'consume' },
      ],
    }),
  },
};
