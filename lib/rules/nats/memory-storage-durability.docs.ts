import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/memory-storage-durability`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Memory storage keeps messages in RAM only: a server restart loses them (replicas help only while a majority survives). The NATS docs suggest memory storage for streams whose data is "easily rebuilt or temporary".',
  howToFix: 'Use storage=file. The storage type cannot be changed on an existing stream: create a new one and move the traffic.',
  sources: [NATS_SOURCES.jetstream, NATS_SOURCES.streams],
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
};
