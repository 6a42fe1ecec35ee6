import { indexGraph, updateNode } from '../../design';
import { orderedFlow, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { messagesAt } from '../../rabbitmq/message-flows';
import { rabbitQueues } from './_queues';

export const orderingNoPriorities = defineRule({
  meta: {
    id: 'rabbitmq/ordering-no-priorities',
    category: 'ordering',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'An ordered flow should not go through a priority queue.',
    messages: {
      priorityQueue: 'Queue "{queue}" is a priority queue (x-max-priority={max}) on a {ordering}-ordered flow: higher-priority messages overtake earlier ones.',
      priorityPublisher: 'Producer "{producer}" publishes with priorities into the quorum queue "{queue}" on a {ordering}-ordered flow: higher-priority messages overtake earlier ones.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const queue of rabbitQueues(design)) {
      if (queue.type === 'stream') continue;
      const requirements = requirementsAt(design, queue.id);
      if (!orderedFlow(requirements)) continue;
      const max = queue.arguments['x-max-priority'];
      if (queue.type === 'classic' && max !== undefined) {
        report({
          target: { type: 'node', id: queue.id },
          messageId: 'priorityQueue',
          data: { queue: queue.name, max, ordering: requirements.ordering },
          fix: {
            label: 'Remove x-max-priority',
            apply: (d) => {
              const { 'x-max-priority': _max, ...args } = queue.arguments;
              return updateNode(d, queue.id, { arguments: args });
            },
          },
        });
      } else if (queue.type === 'quorum') {
        const producer = messagesAt(design, queue.id)
          .filter((m) => m.arrival === 'publish')
          .map((m) => graph.nodeById.get(m.publisherId))
          .find((n) => n?.kind === 'producer' && n.rabbitmq.priority);
        if (producer) report({ target: { type: 'node', id: queue.id }, messageId: 'priorityPublisher', data: { producer: producer.name, queue: queue.name, ordering: requirements.ordering } });
      }
    }
  },
});
