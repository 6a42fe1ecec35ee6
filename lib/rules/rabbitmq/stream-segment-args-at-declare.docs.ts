import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/stream-segment-args-at-declare`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'x-stream-max-segment-size-bytes and x-stream-filter-size-bytes shape how the stream writes its segments and filters, and are fixed when the stream is created. Set through a policy on an existing stream, they do nothing for it; the design only looks configured.',
  howToFix: 'Declare the stream with x-stream-max-segment-size-bytes / x-stream-filter-size-bytes as queue arguments (a new stream if it already exists).',
  sources: [RMQ_SOURCES.streams],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream', arguments: { 'x-max-age': '7D' }, policy: { 'stream-max-segment-size-bytes': 100000000 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream', arguments: { 'x-max-age': '7D' } }] }),
  },
};
