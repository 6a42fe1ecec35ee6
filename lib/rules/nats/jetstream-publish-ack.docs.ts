import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/jetstream-publish-ack`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A core NATS publish is fire-and-forget (at-most-once): if no server stores the message, for example during a leader election or when the stream is full, the producer never learns it was lost. A JetStream publish waits for the stream to acknowledge that the message was stored, so the producer can retry.',
  howToFix: 'Publish with the JetStream API (js.Publish / js.PublishAsync), check every ack and retry on error.',
  sources: [NATS_SOURCES.streams, NATS_SOURCES.consumers],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api', nats: { jetstreamPublish: false } },
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api', nats: { jetstreamPublish: true } },
        { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
  },
};
