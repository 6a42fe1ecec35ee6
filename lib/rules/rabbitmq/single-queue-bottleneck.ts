import { defineRule } from '../rule';
import { requirementsAt } from '../needs';
import { messagesAt } from '../../rabbitmq/message-flows';
import { rabbitQueues } from './_queues';

/**
 * Planning figures for one queue (one Erlang process, one core per replica),
 * from RabbitMQ's published benchmarks: quorum queues hold 10–25k msg/s with
 * default flow control (flag above ~30k), classic queues reach ~90k msg/s
 * with tiny messages on one node, so ~50k is a safe planning ceiling.
 */
const CAPACITY = { quorum: 30_000, classic: 50_000 } as const;

export const singleQueueBottleneck = defineRule({
  meta: {
    id: 'rabbitmq/single-queue-bottleneck',
    category: 'scalability',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'One RabbitMQ queue should not carry more than one core can move: about 30,000 msg/s for a quorum queue, 50,000 for a classic queue.',
    messages: {
      overloaded: 'Queue "{queue}" must carry {throughput} msg/s, more than one {type} queue handles (about {capacity} msg/s on one core).',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type === 'stream') continue;
      // Only queues that a producer's flow reaches carry a declared throughput.
      if (!messagesAt(design, queue.id).some((m) => m.arrival === 'publish')) continue;
      const requirements = requirementsAt(design, queue.id);
      if (!requirements) continue;
      const throughput = Math.max(requirements.peakThroughput ?? 0, requirements.throughput);
      const capacity = CAPACITY[queue.type];
      if (throughput <= capacity) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'overloaded',
        data: { queue: queue.name, throughput, type: queue.type, capacity },
      });
    }
  },
});
