import { updateDesign } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const clusterOddNodeCount = defineRule({
  meta: {
    id: 'rabbitmq/cluster-odd-node-count',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'A production RabbitMQ cluster should have an odd number of nodes (3, 5, 7).',
      rationale:
        'Quorum queues, streams and the Khepri metadata store need a majority of nodes. An odd node count keeps a clear majority after a network partition; an even count tolerates no more failures than the odd count below it (4 nodes tolerate 1 failure, like 3) and a 2-node cluster tolerates none. The production checklist recommends 3, 5 or 7 nodes.',
      howToFix: 'Run 3 or 5 nodes.',
      sources: [RMQ_SOURCES.productionChecklist, RMQ_SOURCES.quorumRequirements],
    },
    messages: {
      even: 'RabbitMQ cluster "{cluster}" has {nodes} nodes: an even count tolerates no more node failures than {lower} nodes.',
    },
    examples: {
      failing: exampleDesign({ clusters: [{ id: 'rabbit', broker: 'rabbitmq', nodes: 4 }], nodes: [] }),
      passing: exampleDesign({ clusters: [{ id: 'rabbit', broker: 'rabbitmq', nodes: 5 }], nodes: [] }),
    },
  },
  check({ design, report }) {
    for (const cluster of design.clusters) {
      if (cluster.broker !== 'rabbitmq' || cluster.environment !== 'production' || cluster.nodes % 2 !== 0) continue;
      report({
        target: { type: 'design' },
        messageId: 'even',
        data: { cluster: cluster.name, nodes: cluster.nodes, lower: cluster.nodes - 1 },
        fix: {
          label: `Run ${cluster.nodes + 1} nodes`,
          apply: (d) => updateDesign(d, { clusters: d.clusters.map((c) => (c.id === cluster.id ? { ...c, nodes: cluster.nodes + 1 } : c)) }),
        },
      });
    }
  },
});
