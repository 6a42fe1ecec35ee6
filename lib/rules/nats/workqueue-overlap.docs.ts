import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/workqueue-overlap`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A work-queue stream (retention=workqueue) deletes a message as soon as one consumer acknowledges it, so each subject may belong to one consumer only. The server refuses a second unfiltered consumer ("multiple non-filtered consumers not allowed on workqueue stream") and a consumer whose filter overlaps another\'s ("filtered consumer not unique on workqueue stream"). Instances of one service share one durable consumer, which is allowed.',
  howToFix:
    'Give each consumer its own subjects (filter_subjects that do not overlap), or let the services share one pull consumer. If each service must see every message, use retention=interest or limits instead.',
  sources: [NATS_SOURCES.streams],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'jobs', name: 'JOBS', retention: 'workqueue', subjects: ['jobs.>'] },
        { kind: 'consumer-group', id: 'resizer', name: 'resizer' },
        { kind: 'consumer-group', id: 'thumbnailer', name: 'thumbnailer', nats: { filter_subjects: ['jobs.images.*'] } },
      ],
      connections: [
        { id: 'c1', kind: 'consume', from: 'jobs', to: 'resizer' },
        { id: 'c2', kind: 'consume', from: 'jobs', to: 'thumbnailer' },
      ],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'nats-stream', id: 'jobs', name: 'JOBS', retention: 'workqueue', subjects: ['jobs.>'] },
        { kind: 'consumer-group', id: 'resizer', name: 'resizer', nats: { filter_subjects: ['jobs.resize.>'] } },
        { kind: 'consumer-group', id: 'thumbnailer', name: 'thumbnailer', nats: { filter_subjects: ['jobs.images.*'] } },
      ],
      connections: [
        { id: 'c1', kind: 'consume', from: 'jobs', to: 'resizer' },
        { id: 'c2', kind: 'consume', from: 'jobs', to: 'thumbnailer' },
      ],
    },
  },
};
