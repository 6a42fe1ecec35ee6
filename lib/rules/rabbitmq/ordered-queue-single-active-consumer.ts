import { patchNode } from '../../design';
import { orderedFlow, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { queueConsumers, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const orderedQueueSingleActiveConsumer = defineRule({
  meta: {
    id: 'rabbitmq/ordered-queue-single-active-consumer',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: 'A queue on an ordered flow with several consumer instances needs single active consumer.',
      rationale:
        'A queue delivers in FIFO order, but with several consumers the messages are spread round-robin and processed concurrently, so they complete out of order; and any redelivery (a nack, a crashed consumer) puts a message back behind messages that were already handed out. With x-single-active-consumer=true only one consumer receives messages at a time and the others stand by for failover, which keeps the order. For parallelism with per-key order, shard by key over several queues (consistent-hash or modulus-hash exchange), each with a single active consumer.',
      howToFix: 'Declare the queue with x-single-active-consumer=true, or shard by key over several queues with one consumer each.',
      sources: [RMQ_SOURCES.queueOrdering, RMQ_SOURCES.singleActiveConsumer],
    },
    messages: {
      competing: 'Queue "{queue}" carries a {ordering}-ordered flow to {instances} competing consumer instances without single active consumer: messages are processed out of order.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'account-events' }, { kind: 'consumer-group', id: 'ledger', instances: 3 }],
        connections: [{ from: 'writer', to: 'account-events', kind: 'publish' }, { from: 'account-events', to: 'ledger', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'account-events', arguments: { 'x-single-active-consumer': true } }, { kind: 'consumer-group', id: 'ledger', instances: 3 }],
        connections: [{ from: 'writer', to: 'account-events', kind: 'publish' }, { from: 'account-events', to: 'ledger', kind: 'consume' }],
      }),
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
