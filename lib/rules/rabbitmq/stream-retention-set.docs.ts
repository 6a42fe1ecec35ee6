import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/stream-retention-set`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A stream is an append-only log: consuming does not remove messages. Without x-max-age or x-max-length-bytes (or the max-age / max-length-bytes policy keys) nothing is ever truncated, and the stream grows until the node runs out of disk, at which point RabbitMQ blocks every publisher on the node.',
  howToFix: 'Set x-max-age (e.g. 7D) from the replay window the flow needs, and/or x-max-length-bytes, as arguments or by policy.',
  sources: [RMQ_SOURCES.streamRetention],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream' }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream', arguments: { 'x-max-age': '7D' } }] }),
  },
};
