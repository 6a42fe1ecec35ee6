import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';

const QUORUM_PREFETCH_CAP = 2000;

export const qqPrefetchCap = defineRule({
  meta: {
    id: 'rabbitmq/qq-prefetch-cap',
    category: 'scalability',
    severity: 'info',
    reads: ['rabbitmq-queue', 'consumer-group'],
    summary: 'A prefetch above 2000 has no effect on a quorum queue.',
    messages: {
      aboveCap: 'Consumer group "{group}" asks for prefetch {prefetch} on the quorum queue "{queues}", which caps it at 2000: set 300 or less.',
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
