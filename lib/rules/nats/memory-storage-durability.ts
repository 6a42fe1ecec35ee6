import { nodesOfKind, updateNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { NATS_SOURCES } from './_sources';

export const memoryStorageDurability = defineRule({
  meta: {
    id: 'nats/memory-storage-durability',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'A stream on an at-least-once flow that is not low-criticality should use file storage.',
      rationale:
        'Memory storage keeps messages in RAM only: a server restart loses them (replicas help only while a majority survives). The NATS docs suggest memory storage for streams whose data is "easily rebuilt or temporary".',
      howToFix: 'Use storage=file. The storage type cannot be changed on an existing stream: create a new one and move the traffic.',
      sources: [NATS_SOURCES.jetstream, NATS_SOURCES.streams],
    },
    messages: {
      memoryStorage:
        'Stream "{stream}" keeps messages in memory on an {delivery}, {criticality}-criticality flow: a restart of its servers loses acknowledged messages.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api' },
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS', storage: 'memory' },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api' },
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS', storage: 'file' },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
      },
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
