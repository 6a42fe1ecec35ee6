import { indexGraph, updateNode } from '../../design';
import { orderedFlow, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { messagesAt } from '../../rabbitmq/message-flows';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const orderingNoPriorities = defineRule({
  meta: {
    id: 'rabbitmq/ordering-no-priorities',
    category: 'ordering',
    severity: 'warning',
    docs: {
      summary: 'An ordered flow should not go through a priority queue.',
      rationale:
        'A priority queue delivers higher-priority messages before lower-priority ones that arrived earlier, so publishing order is no longer delivery order. Classic queues do this when declared with x-max-priority; quorum queues (4.x) when publishers set message priorities.',
      howToFix: 'Drop priorities on ordered flows (remove x-max-priority, publish without priorities), or split urgent messages onto their own queue.',
      sources: [RMQ_SOURCES.queueOrdering, RMQ_SOURCES.priority],
    },
    messages: {
      priorityQueue: 'Queue "{queue}" is a priority queue (x-max-priority={max}) on a {ordering}-ordered flow: higher-priority messages overtake earlier ones.',
      priorityPublisher: 'Producer "{producer}" publishes with priorities into the quorum queue "{queue}" on a {ordering}-ordered flow: higher-priority messages overtake earlier ones.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'account-events', type: 'classic', arguments: { 'x-max-priority': 5 } }], connections: [{ from: 'writer', to: 'account-events', kind: 'publish' }] }),
      passing: exampleDesign({ nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'account-events', type: 'classic' }], connections: [{ from: 'writer', to: 'account-events', kind: 'publish' }] }),
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
