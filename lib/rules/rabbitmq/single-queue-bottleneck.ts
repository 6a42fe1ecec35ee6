import { defineRule } from '../rule';
import { requirementsAt } from '../needs';
import { exampleDesign } from './_examples';
import { messagesAt } from '../../rabbitmq/message-flows';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

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
    docs: {
      summary: 'One RabbitMQ queue should not carry more than one core can move: about 30,000 msg/s for a quorum queue, 50,000 for a classic queue.',
      rationale:
        'Each queue (and each replica of a quorum queue) is a single Erlang process, so it uses at most one CPU core however large the node is. The RabbitMQ documentation calls funnelling all traffic through a single queue an anti-pattern. Published benchmarks put a quorum queue at 10,000 to 25,000 msg/s with default settings and a classic queue near 90,000 msg/s for tiny messages on one node. Streams (over the stream protocol) go much further and are not checked.',
      howToFix: 'Shard the flow over several queues (a consistent-hash or modulus-hash exchange keeps per-key order), or use a stream or super stream.',
      sources: [RMQ_SOURCES.queueRuntime, RMQ_SOURCES.quorumQueues],
    },
    messages: {
      overloaded: 'Queue "{queue}" must carry {throughput} msg/s, more than one {type} queue handles (about {capacity} msg/s on one core).',
    },
    examples: {
      failing: exampleDesign({
        requirements: { throughput: 80000 },
        nodes: [{ kind: 'producer', id: 'telemetry' }, { kind: 'rabbitmq-queue', id: 'readings', type: 'quorum' }],
        connections: [{ from: 'telemetry', to: 'readings', kind: 'publish' }],
      }),
      passing: exampleDesign({
        requirements: { throughput: 8000 },
        nodes: [{ kind: 'producer', id: 'telemetry' }, { kind: 'rabbitmq-queue', id: 'readings', type: 'quorum' }],
        connections: [{ from: 'telemetry', to: 'readings', kind: 'publish' }],
      }),
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
