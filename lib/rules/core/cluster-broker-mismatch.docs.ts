import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/cluster-broker-mismatch`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A node placed on another broker's cluster (a JetStream stream on a Kafka cluster, an SQS queue on RabbitMQ) cannot exist there: exporters would write it into the wrong broker's configuration, and rules that read the cluster (node count, version, broker settings) would judge it against the wrong one. It usually comes from a hand edit or a copy between designs.",
  howToFix: 'Move the node to a cluster of its own broker (Kafka topics may also live on Redpanda).',
  sources: [CORE_SOURCES.asyncapiRuleset],
  examples: {
    failing: {
      queuewright: 2,
      clusters: [{ id: 'kafka', name: 'Kafka', broker: 'kafka' }],
      nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', cluster: 'kafka' }],
    },
    passing: {
      queuewright: 2,
      clusters: [{ id: 'nats', name: 'NATS', broker: 'nats' }],
      nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', cluster: 'nats' }],
    },
  },
};
