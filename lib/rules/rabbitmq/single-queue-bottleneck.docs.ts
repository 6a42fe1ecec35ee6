import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/single-queue-bottleneck`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Each queue (and each replica of a quorum queue) is a single Erlang process, so it uses at most one CPU core however large the node is. The RabbitMQ documentation calls funnelling all traffic through a single queue an anti-pattern. Published benchmarks put a quorum queue at 10,000 to 25,000 msg/s with default settings and a classic queue near 90,000 msg/s for tiny messages on one node. Streams (over the stream protocol) go much further and are not checked.',
  howToFix: 'Shard the flow over several queues (a consistent-hash or modulus-hash exchange keeps per-key order), or use a stream or super stream.',
  sources: [RMQ_SOURCES.queueRuntime, RMQ_SOURCES.quorumQueues],
  examples: {
    failing: exampleDesign({
      requirements: { throughput: 80000 },
      nodes: [
        { kind: 'producer', id: 'telemetry' },
        { kind: 'rabbitmq-queue', id: 'readings', type: 'quorum' },
      ],
      connections: [{ from: 'telemetry', to: 'readings', kind: 'publish' }],
    }),
    passing: exampleDesign({
      requirements: { throughput: 8000 },
      nodes: [
        { kind: 'producer', id: 'telemetry' },
        { kind: 'rabbitmq-queue', id: 'readings', type: 'quorum' },
      ],
      connections: [{ from: 'telemetry', to: 'readings', kind: 'publish' }],
    }),
  },
};
