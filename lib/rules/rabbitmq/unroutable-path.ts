import { indexGraph } from '../../design';
import { traceRoute } from '../../rabbitmq/routing';
import { defineRule } from '../rule';
import { addAlternateExchange } from './_fixes';
import { publishRoutingKeys, rabbitPublishConnections } from '../../rabbitmq/message-flows';

export const unroutablePath = defineRule({
  meta: {
    id: 'rabbitmq/unroutable-path',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange'],
    summary: 'Every routing key a service publishes with must reach a queue, or be caught by the mandatory flag or an alternate exchange.',
    messages: {
      unroutable: '"{publisher}" publishes to "{exchange}" with {message}, which reaches no queue{alternate}: without the mandatory flag RabbitMQ drops these messages.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const connection of rabbitPublishConnections(design)) {
      const exchange = graph.nodeById.get(connection.to);
      const publisher = graph.nodeById.get(connection.from);
      if (exchange?.kind !== 'rabbitmq-exchange' || !publisher) continue;
      if (publisher.kind === 'producer' && publisher.rabbitmq.mandatory) continue;
      // One finding per connection, naming every key of it that reaches no queue.
      const lost = publishRoutingKeys(design, connection)
        .map((routingKey) => ({ routingKey, trace: traceRoute(design, exchange.id, routingKey, connection.arguments) }))
        .filter(({ trace }) => trace.queues.size === 0);
      if (lost.length === 0) continue;
      const routingKey = lost[0].routingKey;
      const message =
        exchange.type === 'headers'
          ? `headers ${JSON.stringify(connection.arguments ?? {})}`
          : exchange.type === 'fanout'
            ? 'any routing key'
            : lost.length === 1
              ? `routing key "${routingKey}"`
              : `routing keys ${lost.map((l) => `"${l.routingKey}"`).join(', ')}`;
      const alternates = [...new Set(lost.flatMap((l) => l.trace.alternatesUsed))];
      const alternate = alternates.length > 0 ? ` (the alternate exchange ${alternates.map((id) => `"${graph.nodeById.get(id)?.name ?? id}"`).join(' → ')} routes it nowhere either)` : '';
      report({
        target: { type: 'connection', id: connection.id },
        messageId: 'unroutable',
        data: { publisher: publisher.name, exchange: exchange.name, message, alternate },
        fix: { label: 'Add an alternate exchange with a parking queue', apply: (d) => addAlternateExchange(d, exchange.id, routingKey) },
      });
    }
  },
});
