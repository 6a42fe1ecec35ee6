import { clusterOf, nodesOfKind, patchNode } from '../../design';
import { unsetNote } from '../flow';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { minIsrFor } from './_min-isr';

export const replicationFactorGt1 = defineRule({
  meta: {
    id: 'kafka/replication-factor-gt-1',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A topic on a flow that is not low-criticality must be replicated (replication factor above 1).',
    subsumes: ['kafka/replication-factor-ge-3'],
    messages: {
      unreplicated: 'Topic "{topic}" has a single replica{origin} on a {criticality}-criticality flow: a broker failure makes its partitions unavailable and can lose their data.',
    },
  },
  check({ design, source, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      if (topic.replicationFactor !== 1) continue;
      const criticality = requirementsAt(design, topic.id)?.criticality;
      if (criticality === undefined || criticality === 'low') continue;
      // Three replicas, or as many as the cluster has brokers; a one-broker cluster needs brokers, not this field.
      const brokers = clusterOf(design, topic)?.nodes;
      const rf = Math.min(3, brokers ?? 3);
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'unreplicated',
        data: { topic: topic.name, criticality, origin: unsetNote(source(topic.id, 'replicationFactor')) },
        fix:
          rf > 1
            ? {
                label: `Set replication factor ${rf}`,
                apply: (d) =>
                  patchNode(d, topic.id, {
                    replicationFactor: rf,
                    config: { 'min.insync.replicas': Math.max(topic.config['min.insync.replicas'], minIsrFor(rf)) },
                  }),
              }
            : undefined,
      });
    }
  },
});
