import { indexGraph } from '../../design';
import { defineRule } from '../rule';
import { deadLetterRouting, formatKeys } from './_dead-letter-routing';
import { exampleDesign } from './_examples';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const dlxGraph = defineRule({
  meta: {
    id: 'rabbitmq/dlx-graph',
    category: 'error-handling',
    severity: 'error',
    docs: {
      summary: 'Dead letters must end up in a queue that keeps them, following the whole path: DLX, exchange-to-exchange bindings, alternate exchanges.',
      rationale:
        'A DLX whose binding matches is not enough: when that binding leads to another exchange, the dead letter is routed again there, and is lost if nothing matches further down (an exchange that matched a binding never falls back to its alternate exchange). A dead letter that reaches only exclusive or auto-delete queues disappears with them when their connection or last consumer goes away. The rule follows each dead letter through the whole route as the broker does. (An undeclared DLX is rabbitmq/dlx-exchange-declared, a DLX with no matching binding rabbitmq/dlx-routable, and dead-letter cycles rabbitmq/dlx-no-silent-cycle.)',
      howToFix: 'Bind a durable dead-letter queue where the route ends (or bind it directly to the DLX), and keep dead-letter queues non-exclusive and not auto-delete.',
      sources: [RMQ_SOURCES.deadLetter, RMQ_SOURCES.exchanges, RMQ_SOURCES.alternateExchange],
    },
    messages: {
      lostDownstream: 'Dead letters from "{queue}" with routing key {keys} pass through {exchanges} but reach no queue: they are lost.',
      temporaryTargets: 'Dead letters from "{queue}" reach only {targets}, deleted with their connection or last consumer: the dead letters go with them.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'rabbitmq-queue', id: 'orders', policy: { 'dead-letter-routing-key': 'orders.failed' } },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'topic' },
          { kind: 'rabbitmq-exchange', id: 'dead-letters', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'payments-dlq', role: 'dead-letter' },
        ],
        connections: [
          { from: 'orders', to: 'dlx', kind: 'dead-letter' },
          { from: 'dlx', to: 'dead-letters', kind: 'bind', routingKey: '#' },
          { from: 'dead-letters', to: 'payments-dlq', kind: 'bind', routingKey: 'payments.failed' },
        ],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'rabbitmq-queue', id: 'orders', policy: { 'dead-letter-routing-key': 'orders.failed' } },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'topic' },
          { kind: 'rabbitmq-exchange', id: 'dead-letters', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'orders-dlq', role: 'dead-letter' },
        ],
        connections: [
          { from: 'orders', to: 'dlx', kind: 'dead-letter' },
          { from: 'dlx', to: 'dead-letters', kind: 'bind', routingKey: '#' },
          { from: 'dead-letters', to: 'orders-dlq', kind: 'bind', routingKey: 'orders.failed' },
        ],
      }),
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    const name = (id: string) => graph.nodeById.get(id)?.name ?? id;
    for (const queue of rabbitQueues(design)) {
      const routing = deadLetterRouting(design, queue);
      if (!routing) continue;
      const lost = routing.paths.find((p) => p.ownBindingMatches && p.trace.queues.size === 0);
      if (lost) {
        report({
          target: { type: 'node', id: queue.id },
          messageId: 'lostDownstream',
          data: { queue: queue.name, keys: formatKeys(lost.routingKeys), exchanges: lost.trace.exchanges.map((id) => `"${name(id)}"`).join(' → ') },
        });
        continue;
      }
      const temporary = routing.paths.find(
        (p) =>
          p.trace.queues.size > 0 &&
          [...p.trace.queues].every((id) => {
            const target = graph.nodeById.get(id);
            return target?.kind === 'rabbitmq-queue' && (target.exclusive || target.autoDelete);
          }),
      );
      if (temporary) {
        const targets = [...temporary.trace.queues].map((id) => {
          const target = graph.nodeById.get(id);
          return `"${name(id)}" (${target?.kind === 'rabbitmq-queue' && target.exclusive ? 'exclusive' : 'auto-delete'})`;
        });
        report({ target: { type: 'node', id: queue.id }, messageId: 'temporaryTargets', data: { queue: queue.name, targets: targets.join(', ') } });
      }
    }
  },
});
