import { indexGraph, removeElements, updateNode, type Design } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { queueConsumers, rabbitQueues, type QueueArguments } from './_queues';
import { RMQ_SOURCES } from './_sources';

/** Queue arguments streams refuse or ignore (TTL, length limits by count, priorities, dead lettering, overflow, delivery limits). */
const UNSUPPORTED_ARGUMENTS: ReadonlyArray<keyof QueueArguments> = [
  'x-message-ttl',
  'x-expires',
  'x-max-length',
  'x-max-priority',
  'x-overflow',
  'x-delivery-limit',
  'x-dead-letter-strategy',
];

export const streamUnsupportedFeatures = defineRule({
  meta: {
    id: 'rabbitmq/stream-unsupported-features',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'A stream must not be declared with queue-only features: dead lettering, TTLs, max-length, priorities, exclusivity, non-durability; and its consumers must acknowledge manually.',
      rationale:
        'Streams are replicated, persistent, append-only logs. They do not support, and will never support, dead-letter exchanges, message or queue TTL, max-length by count or overflow modes, priorities, delivery limits, exclusive or non-durable declaration: the declaration is refused or the setting has no effect (retention replaces all of them). An AMQP 0-9-1 consumer of a stream must use manual acknowledgements with a prefetch. (Global QoS on streams is rabbitmq/qos-vs-queue-type.)',
      howToFix: 'Remove these settings and use retention (x-max-age, x-max-length-bytes); consume with manual acks and a prefetch.',
      sources: [RMQ_SOURCES.streamFeatures, RMQ_SOURCES.streams],
    },
    messages: {
      unsupported: 'Stream "{queue}" is declared with {features}, which streams do not support.',
      autoAck: 'Consumer group "{group}" consumes the stream "{queue}" with automatic acknowledgements: stream consumers must acknowledge manually, with a prefetch.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream', arguments: { 'x-max-age': '7D', 'x-message-ttl': 60000 } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream', arguments: { 'x-max-age': '7D' } }] }),
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'stream') continue;
      const args = UNSUPPORTED_ARGUMENTS.filter((key) => queue.arguments[key] !== undefined);
      const deadLetter = (graph.outgoing.get(queue.id) ?? []).filter((c) => c.kind === 'dead-letter');
      const features = [
        ...args,
        deadLetter.length > 0 && 'a dead-letter exchange',
        queue.exclusive && 'exclusive',
        !queue.durable && 'durable=false',
      ].filter((f): f is string => typeof f === 'string');
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
