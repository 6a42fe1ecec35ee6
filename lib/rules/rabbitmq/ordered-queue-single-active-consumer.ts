import { patchNode } from '../../design';
import { orderedFlow, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { queueConsumers, rabbitQueues } from './_queues';

export const orderedQueueSingleActiveConsumer = defineRule({
  meta: {
    id: 'rabbitmq/ordered-queue-single-active-consumer',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A queue on an ordered flow with several consumer instances needs single active consumer.',
    messages: {
      competing: 'Queue "{queue}" carries a {ordering}-ordered flow to {instances} competing consumer instances without single active consumer: messages are processed out of order.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      // Streams deliver every message to every consumer in offset order; exclusive queues have one connection.
      if (queue.type === 'stream' || queue.exclusive || queue.arguments['x-single-active-consumer'] === true) continue;
      const instances = queueConsumers(design, queue.id).reduce((sum, group) => sum + group.instances, 0);
      if (instances <= 1) continue;
      const requirements = requirementsAt(design, queue.id);
      if (!orderedFlow(requirements)) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'competing',
        data: { queue: queue.name, ordering: requirements.ordering, instances },
        fix: { label: 'Enable single active consumer', apply: (d) => patchNode(d, queue.id, { arguments: { 'x-single-active-consumer': true } }) },
      });
    }
  },
});
