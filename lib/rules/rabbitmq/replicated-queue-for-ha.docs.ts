import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/replicated-queue-for-ha`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'From RabbitMQ 4.0 classic queues are never replicated: a classic queue lives on one node, and while that node is down the queue is unavailable; if its disk is lost, so are its messages. Quorum queues replicate every message to a majority of nodes (Raft) and are the documented option for high availability and data safety; streams are the replicated log type.',
  howToFix: 'Declare the queue as a quorum queue (x-queue-type=quorum).',
  sources: [RMQ_SOURCES.classicQueues, RMQ_SOURCES.quorumQueues],
  examples: {
    failing: exampleDesign({
      requirements: { criticality: 'critical' },
      clusters: [{ id: 'rabbit', broker: 'rabbitmq', nodes: 3 }],
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'payments', type: 'classic', cluster: 'rabbit' },
      ],
      connections: [{ from: 'writer', to: 'payments', kind: 'publish' }],
    }),
    passing: exampleDesign({
      requirements: { criticality: 'critical' },
      clusters: [{ id: 'rabbit', broker: 'rabbitmq', nodes: 3 }],
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'payments', type: 'quorum', cluster: 'rabbit' },
      ],
      connections: [{ from: 'writer', to: 'payments', kind: 'publish' }],
    }),
  },
};
