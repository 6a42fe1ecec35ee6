import { indexGraph } from '../../design';
import { defineRule } from '../rule';
import { deadLetterRouting, formatKeys } from './_dead-letter-routing';
import { rabbitQueues } from './_queues';

export const dlxGraph = defineRule({
  meta: {
    id: 'rabbitmq/dlx-graph',
    category: 'error-handling',
    severity: 'error',
    reads: ['rabbitmq-exchange', 'rabbitmq-queue'],
    summary: 'Dead letters must end up in a queue that keeps them, following the whole path: DLX, exchange-to-exchange bindings, alternate exchanges.',
    messages: {
      lostDownstream: 'Dead letters from "{queue}" with routing key {keys} pass through {exchanges} but reach no queue: they are lost.',
      temporaryTargets: 'Dead letters from "{queue}" reach only {targets}, deleted with their connection or last consumer: the dead letters go with them.',
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
