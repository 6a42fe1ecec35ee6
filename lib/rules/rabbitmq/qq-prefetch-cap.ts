import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

const QUORUM_PREFETCH_CAP = 2000;

export const qqPrefetchCap = defineRule({
  meta: {
    id: 'rabbitmq/qq-prefetch-cap',
    category: 'scalability',
    severity: 'info',
    docs: {
      summary: 'A prefetch above 2000 has no effect on a quorum queue.',
      rationale:
        'Quorum queues cap a consumer\'s prefetch at 2000 outstanding deliveries, whatever the consumer asks for, and values above about 300 bring little more throughput while holding more messages hostage in one consumer. (Unlimited prefetch, 0, is reported by rabbitmq/bounded-prefetch.)',
      howToFix: 'Set the prefetch to 300 or less.',
      sources: [RMQ_SOURCES.confirmsPrefetch, RMQ_SOURCES.quorumQueues],
    },
    messages: {
      aboveCap: 'Consumer group "{group}" asks for prefetch {prefetch} on the quorum queue "{queues}", which caps it at 2000: set 300 or less.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' }, { kind: 'consumer-group', id: 'billing', prefetch: 5000 }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' }, { kind: 'consumer-group', id: 'billing', prefetch: 300 }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
    },
  },
  check({ design, report }) {
    for (const { group, queues } of rabbitConsumers(design)) {
      const quorum = queues.filter((q) => q.type === 'quorum');
      if (quorum.length === 0 || group.prefetch <= QUORUM_PREFETCH_CAP || group.rabbitmq.basicGet) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'aboveCap',
        data: { group: group.name, prefetch: group.prefetch, queues: queueNames(quorum) },
        fix: { label: 'Set prefetch to 300', apply: (d) => updateNode(d, group.id, { prefetch: 300 }) },
      });
    }
  },
});
