import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/durable-exchanges`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A transient exchange, and every binding from it, disappears when the node restarts: publishers then get a channel error (NOT_FOUND) or their messages are unroutable until someone redeclares the topology. Transient entities are being removed as Khepri becomes RabbitMQ's only metadata store, and semi-durable and transient bindings will be dropped.",
  howToFix: 'Declare the exchange durable.',
  sources: [RMQ_SOURCES.exchangeDurability, RMQ_SOURCES.deprecatedFeatures],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-exchange', id: 'orders', durable: false }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-exchange', id: 'orders', durable: true }] }),
  },
};
