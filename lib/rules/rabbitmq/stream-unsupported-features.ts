import { indexGraph, removeElements, updateNode, type Design } from '../../design';
import { defineRule } from '../rule';
import { queueConsumers, rabbitQueues, type QueueArguments } from './_queues';

/** Queue arguments streams refuse or ignore (TTL, length limits by count, priorities, dead lettering, overflow, delivery limits). */
const UNSUPPORTED_ARGUMENTS: ReadonlyArray<keyof QueueArguments> = ['x-message-ttl', 'x-expires', 'x-max-length', 'x-max-priority', 'x-overflow', 'x-delivery-limit', 'x-dead-letter-strategy'];

export const streamUnsupportedFeatures = defineRule({
  meta: {
    id: 'rabbitmq/stream-unsupported-features',
    category: 'operability',
    severity: 'error',
    reads: ['rabbitmq-queue', 'consumer-group'],
    summary: 'A stream must not be declared with queue-only features: dead lettering, TTLs, max-length, priorities, exclusivity, non-durability; and its consumers must acknowledge manually.',
    messages: {
      unsupported: 'Stream "{queue}" is declared with {features}, which streams do not support.',
      autoAck: 'Consumer group "{group}" consumes the stream "{queue}" with automatic acknowledgements: stream consumers must acknowledge manually, with a prefetch.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'stream') continue;
      const args = UNSUPPORTED_ARGUMENTS.filter((key) => queue.arguments[key] !== undefined);
      const deadLetter = (graph.outgoing.get(queue.id) ?? []).filter((c) => c.kind === 'dead-letter');
      const features = [...args, deadLetter.length > 0 && 'a dead-letter exchange', queue.exclusive && 'exclusive', !queue.durable && 'durable=false'].filter(
        (f): f is string => typeof f === 'string',
      );
      if (features.length > 0) {
        report({
          target: { type: 'node', id: queue.id },
          messageId: 'unsupported',
          data: { queue: queue.name, features: features.join(', ') },
          fix: {
            label: 'Remove the unsupported settings',
            apply: (d: Design) => {
              const kept = Object.fromEntries(Object.entries(queue.arguments).filter(([key]) => !(UNSUPPORTED_ARGUMENTS as readonly string[]).includes(key)));
              const updated = updateNode(d, queue.id, { arguments: kept, exclusive: false, durable: true });
              return removeElements(updated, { connections: deadLetter.map((c) => c.id) });
            },
          },
        });
      }
      for (const group of queueConsumers(design, queue.id)) {
        if (group.ackMode !== 'auto') continue;
        report({
          target: { type: 'node', id: group.id },
          messageId: 'autoAck',
          data: { group: group.name, queue: queue.name },
          fix: { label: 'Acknowledge manually', apply: (d) => updateNode(d, group.id, { ackMode: 'manual', prefetch: group.prefetch === 0 ? 100 : group.prefetch }) },
        });
      }
    }
  },
});
