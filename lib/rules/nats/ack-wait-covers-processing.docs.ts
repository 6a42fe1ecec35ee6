import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/ack-wait-covers-processing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A message not acknowledged within ack_wait (default 30 s) is redelivered, while the first delivery may still be processing: the message is handled twice, possibly in parallel, and out of order. When a backoff list is set, the server uses its entries instead of ack_wait as the ack timeout of each delivery (the first entry overwrites ack_wait).',
  howToFix: 'Raise ack_wait (and every backoff entry) well above the p99 processing time, or send in-progress acks (+WPI, AckProgress) while processing long messages.',
  sources: [NATS_SOURCES.consumers, NATS_SOURCES.serverConsumer],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'jobs', name: 'JOBS' },
        { kind: 'consumer-group', id: 'renderer', name: 'renderer', processingMsP99: 45_000, nats: { ack_wait: '30s' } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'jobs', to: 'renderer' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'jobs', name: 'JOBS' },
        { kind: 'consumer-group', id: 'renderer', name: 'renderer', processingMsP99: 45_000, nats: { ack_wait: '2m' } },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'jobs', to: 'renderer' }],
    },
  },
};
