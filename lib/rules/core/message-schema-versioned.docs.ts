import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/message-schema-versioned`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The schema is the contract between producers and every consumer. Without one, a producer can rename or drop a field and consumers fail (or silently misread) in production; without a version, nobody can tell which consumers handle which shape, or evolve it compatibly. AsyncAPI describes each message by a payload schema and its schemaFormat; schema registries version them and check compatibility.',
  howToFix:
    'Declare the message schema of the channel (name, format such as JSON Schema, Avro, Protobuf or CloudEvents, and version). For a RabbitMQ exchange or SNS topic the schema may be declared on each queue it routes to instead.',
  sources: [CORE_SOURCES.asyncapiMessages, CORE_SOURCES.schemaEvolution],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', name: 'orders', messageSchema: { name: 'OrderPlaced', format: 'avro', version: '1', registry: true } },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
  },
};
