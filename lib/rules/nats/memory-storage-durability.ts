import { nodesOfKind, updateNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';

export const memoryStorageDurability = defineRule({
  meta: {
    id: 'nats/memory-storage-durability',
    category: 'durability',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'consumer-group', 'projection'],
    summary: 'A stream on an at-least-once flow that is not low-criticality should use file storage.',
    messages: {
      memoryStorage: 'Stream "{stream}" keeps messages in memory on an {delivery}, {criticality}-criticality flow: a restart of its servers loses acknowledged messages.',
    },
  },
  check({ design, report }) {
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      if (stream.storage !== 'memory') continue;
      const requirements = requirementsAt(design, stream.id);
      if (!atLeastOnce(requirements) || requirements.criticality === 'low') continue;
      report({
        target: { type: 'node', id: stream.id },
        messageId: 'memoryStorage',
        data: { stream: stream.name, delivery: requirements.delivery, criticality: requirements.criticality },
        fix: { label: 'Use file storage', apply: (d) => updateNode(d, stream.id, { storage: 'file' }) },
      });
    }
  },
});
