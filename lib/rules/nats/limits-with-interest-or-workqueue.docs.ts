import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/limits-with-interest-or-workqueue`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Limits still apply to interest and work-queue streams. With discard=old (the default) the stream makes room by deleting its oldest messages, which on these streams are the ones no consumer has processed yet: they vanish without an error. With discard=new the stream refuses new publishes instead, and a producer that checks its JetStream acks sees the error and can retry.',
  howToFix: 'Set discard=new (producers must check the publish ack), or raise or remove the limits.',
  sources: [NATS_SOURCES.streams],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [{ kind: 'nats-stream', id: 'jobs', name: 'JOBS', retention: 'workqueue', max_msgs: 100_000, discard: 'old' }],
    },
    passing: {
      queuewright: 2,
      nodes: [{ kind: 'nats-stream', id: 'jobs', name: 'JOBS', retention: 'workqueue', max_msgs: 100_000, discard: 'new' }],
    },
  },
};
