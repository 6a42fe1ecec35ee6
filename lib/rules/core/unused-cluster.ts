import type { Design } from '../../design';
import { defineRule } from '../rule';
import { CORE_SOURCES } from './_sources';

function withoutCluster(design: Design, id: string): Design {
  return { ...design, clusters: design.clusters.filter((c) => c.id !== id) };
}

export const unusedCluster = defineRule({
  meta: {
    id: 'core/unused-cluster',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'Every cluster of a design hosts at least one of its topics, queues, exchanges, streams or services.',
      rationale:
        'A cluster nothing lives on is left over from deleted nodes or another design. It is not harmless: exports still describe it (an AsyncAPI server `kafka: localhost:9092` in a RabbitMQ-only design, a Kafka service in the Compose file), readers of the design assume a broker that nobody uses must be run, and the cluster-level review judges settings of a system that does not exist.',
      howToFix: 'Remove the cluster, or put the nodes that belong on it there.',
      sources: [CORE_SOURCES.asyncapiRuleset],
    },
    messages: {
      unused: 'Cluster "{cluster}" ({broker}) hosts no node of the design.',
    },
    examples: {
      failing: {
        queuewright: 2,
        clusters: [{ id: 'kafka', name: 'Kafka', broker: 'kafka' }, { id: 'rabbit', name: 'RabbitMQ', broker: 'rabbitmq' }],
        nodes: [{ kind: 'rabbitmq-queue', id: 'work', name: 'work', cluster: 'rabbit' }],
      },
      passing: {
        queuewright: 2,
        clusters: [{ id: 'rabbit', name: 'RabbitMQ', broker: 'rabbitmq' }],
        nodes: [{ kind: 'rabbitmq-queue', id: 'work', name: 'work', cluster: 'rabbit' }],
      },
    },
  },
  check({ design, report }) {
    const used = new Set(design.nodes.map((n) => n.cluster));
    for (const cluster of design.clusters) {
      if (used.has(cluster.id)) continue;
      report({
        target: { type: 'design' },
        messageId: 'unused',
        data: { cluster: cluster.name, broker: cluster.broker },
        fix: { label: `Remove cluster "${cluster.name}"`, apply: (d) => withoutCluster(d, cluster.id) },
      });
    }
  },
});
