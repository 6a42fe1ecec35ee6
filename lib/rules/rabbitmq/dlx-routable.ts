import { indexGraph } from '../../design';
import { deadLetterConfig, deadLetterTargets } from '../../rabbitmq/routing';
import { defineRule, type Fix } from '../rule';
import { bindDeadLetterQueue, correctedDeadLetterKey } from './_fixes';
import { deadLetterRouting, formatKeys } from './_dead-letter-routing';
import { distinctMessageShapes } from '../../rabbitmq/message-flows';
import { rabbitQueues } from './_queues';

export const dlxRoutable = defineRule({
  meta: {
    id: 'rabbitmq/dlx-routable',
    category: 'error-handling',
    severity: 'error',
    reads: ['rabbitmq-exchange', 'rabbitmq-queue'],
    summary: "A dead-letter exchange must have a binding that matches the dead letters' routing key.",
    messages: {
      unmatched: 'Dead letters from "{queue}" go to exchange "{exchange}" with routing key {keys}, which none of its bindings match: they are lost.',
      noBindings: 'Dead letters from "{queue}" go to exchange "{exchange}", which has no bindings: they are lost.',
      defaultExchange: 'Dead letters from "{queue}" go to the default exchange with routing key {keys}, and no queue has that name: they are lost.',
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
