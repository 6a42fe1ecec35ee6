import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/dlx-routable`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Dead lettering is a publish to the DLX with the dead-letter routing key (x-dead-letter-routing-key) or, when none is set, with every routing key the message was originally published with. If no binding of the DLX matches (and no alternate exchange catches the message), the dead letter is unroutable and lost; for at-least-once dead lettering from quorum queues it stays stuck and is retried. The rule routes the keys of every flow that reaches the queue through the DLX exactly as the broker does. Losses further down (exchange-to-exchange bindings) are rabbitmq/dlx-graph.',
  howToFix: 'Bind a dead-letter queue to the DLX with "#" (topic) or the exact key, use a fanout DLX, or set a dead-letter routing key that a binding matches.',
  sources: [RMQ_SOURCES.deadLetter, RMQ_SOURCES.quorumDeadLettering, RMQ_SOURCES.deadLetterSource],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'rabbitmq-exchange', id: 'orders', type: 'topic' },
        { kind: 'rabbitmq-queue', id: 'billing' },
        { kind: 'rabbitmq-exchange', id: 'dlx', type: 'direct' },
        { kind: 'rabbitmq-queue', id: 'dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'api', to: 'orders', kind: 'publish', routingKey: 'order.created' },
        { from: 'orders', to: 'billing', kind: 'bind', routingKey: 'order.*' },
        { from: 'billing', to: 'dlx', kind: 'dead-letter' },
        { from: 'dlx', to: 'dlq', kind: 'bind', routingKey: 'billing' },
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'rabbitmq-exchange', id: 'orders', type: 'topic' },
        { kind: 'rabbitmq-queue', id: 'billing' },
        { kind: 'rabbitmq-exchange', id: 'dlx', type: 'direct' },
        { kind: 'rabbitmq-queue', id: 'dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'api', to: 'orders', kind: 'publish', routingKey: 'order.created' },
        { from: 'orders', to: 'billing', kind: 'bind', routingKey: 'order.*' },
        { from: 'billing', to: 'dlx', kind: 'dead-letter', routingKey: 'billing' },
        { from: 'dlx', to: 'dlq', kind: 'bind', routingKey: 'billing' },
      ],
    }),
  },
};
