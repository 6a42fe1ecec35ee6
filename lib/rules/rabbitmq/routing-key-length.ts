import { indexGraph, routingKeysOf } from '../../design';
import { defineRule } from '../rule';
import { utf8Length } from './_queues';

const MAX_KEY_BYTES = 255;

export const routingKeyLength = defineRule({
  meta: {
    id: 'rabbitmq/routing-key-length',
    category: 'operability',
    severity: 'error',
    reads: [],
    summary: 'Routing keys and binding keys are at most 255 bytes (UTF-8).',
    messages: {
      tooLong: 'The {what} on "{from}" → "{to}" is {bytes} bytes long; RabbitMQ allows at most 255.',
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
