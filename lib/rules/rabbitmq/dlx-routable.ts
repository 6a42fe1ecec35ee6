import { indexGraph } from '../../design';
import { deadLetterConfig, deadLetterTargets } from '../../rabbitmq/routing';
import { defineRule, type Fix } from '../rule';
import { bindDeadLetterQueue, correctedDeadLetterKey } from './_fixes';
import { deadLetterRouting, formatKeys } from './_dead-letter-routing';
import { exampleDesign } from './_examples';
import { distinctMessageShapes } from '../../rabbitmq/message-flows';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const dlxRoutable = defineRule({
  meta: {
    id: 'rabbitmq/dlx-routable',
    category: 'error-handling',
    severity: 'error',
    docs: {
      summary: 'A dead-letter exchange must have a binding that matches the dead letters\' routing key.',
      rationale:
        'Dead lettering is a publish to the DLX with the dead-letter routing key (x-dead-letter-routing-key) or, when none is set, with every routing key the message was originally published with. If no binding of the DLX matches (and no alternate exchange catches the message), the dead letter is unroutable and lost; for at-least-once dead lettering from quorum queues it stays stuck and is retried. The rule routes the keys of every flow that reaches the queue through the DLX exactly as the broker does. Losses further down (exchange-to-exchange bindings) are rabbitmq/dlx-graph.',
      howToFix: 'Bind a dead-letter queue to the DLX with "#" (topic) or the exact key, use a fanout DLX, or set a dead-letter routing key that a binding matches.',
      sources: [RMQ_SOURCES.deadLetter, RMQ_SOURCES.quorumDeadLettering, RMQ_SOURCES.deadLetterSource],
    },
    messages: {
      unmatched: 'Dead letters from "{queue}" go to exchange "{exchange}" with routing key {keys}, which none of its bindings match: they are lost.',
      noBindings: 'Dead letters from "{queue}" go to exchange "{exchange}", which has no bindings: they are lost.',
      defaultExchange: 'Dead letters from "{queue}" go to the default exchange with routing key {keys}, and no queue has that name: they are lost.',
    },
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
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    const fixFor = (queueId: string, queueName: string): Fix | undefined => {
      const connection = (graph.outgoing.get(queueId) ?? []).find((c) => c.kind === 'dead-letter');
      if (!connection) return undefined;
      const corrected = correctedDeadLetterKey(design, connection, queueName);
      const label = corrected ? `Dead-letter with routing key "${corrected.key}", which reaches "${corrected.queueName}"` : 'Bind a dead-letter queue to the DLX';
      return { label, apply: (d) => bindDeadLetterQueue(d, connection, queueName) };
    };
    for (const queue of rabbitQueues(design)) {
      if (queue.type === 'stream') continue;
      const config = deadLetterConfig(design, queue.id);
      if (!config) continue;
      if (config.source === 'policy' && config.exchangeName === '') {
        const keys = config.routingKey !== undefined ? [[config.routingKey]] : distinctMessageShapes(design, queue.id).map((s) => s.routingKeys);
        const missed = keys.find((k) => deadLetterTargets(design, queue.id, k).size === 0);
        if (missed) report({ target: { type: 'node', id: queue.id }, messageId: 'defaultExchange', data: { queue: queue.name, keys: formatKeys(missed) } });
        continue;
      }
      const routing = deadLetterRouting(design, queue);
      if (!routing) continue;
      const exchangeId = routing.config.exchangeId!;
      const exchange = graph.nodeById.get(exchangeId)!;
      if (routing.paths.length === 0) {
        // No known keys: only a DLX with nothing at all to route to is certain to lose them.
        const routes = (graph.outgoing.get(exchangeId) ?? []).some((c) => c.kind === 'bind' || c.kind === 'alternate');
        if (!routes) report({ target: { type: 'node', id: queue.id }, messageId: 'noBindings', data: { queue: queue.name, exchange: exchange.name }, fix: fixFor(queue.id, queue.name) });
        continue;
      }
      const lost = routing.paths.find((p) => !p.ownBindingMatches && p.trace.queues.size === 0);
      if (!lost) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'unmatched',
        data: { queue: queue.name, exchange: exchange.name, keys: formatKeys(lost.routingKeys) },
        fix: fixFor(queue.id, queue.name),
      });
    }
  },
});
