import { indexGraph, routingKeysOf } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { utf8Length } from './_queues';
import { RMQ_SOURCES } from './_sources';

const MAX_KEY_BYTES = 255;

export const routingKeyLength = defineRule({
  meta: {
    id: 'rabbitmq/routing-key-length',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'Routing keys and binding keys are at most 255 bytes (UTF-8).',
      rationale:
        'AMQP 0-9-1 carries routing and binding keys as short strings: at most 255 bytes. A longer key cannot be sent at all; the client or the broker refuses the publish or the binding. The limit counts bytes, so non-ASCII characters count two to four each.',
      howToFix: 'Shorten the key (move detail into message headers or the body).',
      sources: [RMQ_SOURCES.tutorialTopics],
    },
    messages: {
      tooLong: 'The {what} on "{from}" → "{to}" is {bytes} bytes long; RabbitMQ allows at most 255.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-exchange', id: 'events' }, { kind: 'rabbitmq-queue', id: 'orders' }],
        connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: `orders.${'x'.repeat(260)}` }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-exchange', id: 'events' }, { kind: 'rabbitmq-queue', id: 'orders' }],
        connections: [{ from: 'events', to: 'orders', kind: 'bind', routingKey: 'orders.#' }],
      }),
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const connection of design.connections) {
      const keys = routingKeysOf(connection);
      if (keys.length === 0) continue;
      const from = graph.nodeById.get(connection.from);
      const to = graph.nodeById.get(connection.to);
      if (!from || !to || (from.kind !== 'rabbitmq-exchange' && to.kind !== 'rabbitmq-exchange' && to.kind !== 'rabbitmq-queue')) continue;
      const bytes = Math.max(...keys.map(utf8Length));
      if (bytes <= MAX_KEY_BYTES) continue;
      const what = connection.kind === 'bind' ? 'binding key' : connection.kind === 'dead-letter' ? 'dead-letter routing key' : 'routing key';
      report({ target: { type: 'connection', id: connection.id }, messageId: 'tooLong', data: { what, from: from.name, to: to.name, bytes } });
    }
  },
});
