import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/stream-unsupported-features`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Streams are replicated, persistent, append-only logs. They do not support, and will never support, dead-letter exchanges, message or queue TTL, max-length by count or overflow modes, priorities, delivery limits, exclusive or non-durable declaration: the declaration is refused or the setting has no effect (retention replaces all of them). An AMQP 0-9-1 consumer of a stream must use manual acknowledgements with a prefetch. (Global QoS on streams is rabbitmq/qos-vs-queue-type.)',
  howToFix: 'Remove these settings and use retention (x-max-age, x-max-length-bytes); consume with manual acks and a prefetch.',
  sources: [RMQ_SOURCES.streamFeatures, RMQ_SOURCES.streams],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream', arguments: { 'x-max-age': '7D', 'x-message-ttl': 60000 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream', arguments: { 'x-max-age': '7D' } }] }),
  },
};
