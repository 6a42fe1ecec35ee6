import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/dlq-for-poison-records`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Kafka has no broker-side dead-letter queue. A record the consumer can never process (a "poison pill") leaves two bad choices: retry it forever, which blocks every record behind it in that partition, or skip it, which loses it silently. A dead-letter topic keeps the record for inspection and replay; Kafka Connect does the same with errors.deadletterqueue.topic.name (empty, and so off, by default). This rule is derived from those facts rather than quoted from one source. Consumers of dead-letter topics are not checked.',
  howToFix: "Add a <topic>.dlq topic with at least the source's replication factor and retention, connect the group to it with a dead-letter connection, and bound retries before records go there.",
  sources: [KAFKA_SOURCES.connectSinkConfig, KAFKA_SOURCES.designSemantics],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'consumer-group', id: 'billing' },
      ],
      connections: [
        ['writer', 'orders', 'publish'],
        ['orders', 'billing', 'consume'],
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'consumer-group', id: 'billing' },
        { kind: 'kafka-topic', id: 'orders.dlq', role: 'dead-letter', depthAlert: true },
      ],
      connections: [
        ['writer', 'orders', 'publish'],
        ['orders', 'billing', 'consume'],
        ['billing', 'orders.dlq', 'dead-letter'],
      ],
    }),
  },
};
