import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/queue-name-length`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Queue and exchange names are AMQP 0-9-1 short strings: at most 255 bytes of UTF-8. A longer name cannot be declared; the client or the broker refuses it. The limit counts bytes, so non-ASCII characters count two to four each.',
  howToFix: 'Shorten the name.',
  sources: [RMQ_SOURCES.queueNames, { label: 'AsyncAPI AMQP bindings 0.4.0', url: 'https://github.com/asyncapi/bindings/blob/master/amqp/README.md' }],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', name: `orders.${'x'.repeat(260)}` }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', name: 'orders.created' }] }),
  },
};
