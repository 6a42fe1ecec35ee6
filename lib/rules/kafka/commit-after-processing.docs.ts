import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/commit-after-processing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The committed offset is where the group resumes after a crash or a rebalance. Committing before processing turns the flow into at-most-once: a record whose offset is committed but whose processing did not finish is never read again. Kafka\'s delivery-semantics section describes exactly this: read, commit, then process is at-most-once; read, process, then commit is at-least-once. Auto-commit counts as "after processing" only when processing is synchronous.',
  howToFix: 'Commit after the handler succeeded (commitAfterProcessing), with enable.auto.commit=false whenever processing is handed to other threads.',
  sources: [KAFKA_SOURCES.designSemantics, KAFKA_SOURCES.consumerJavadoc],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', commitAfterProcessing: false },
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
        { kind: 'consumer-group', id: 'billing', commitAfterProcessing: true, kafka: { 'enable.auto.commit': false } },
      ],
      connections: [
        ['writer', 'orders', 'publish'],
        ['orders', 'billing', 'consume'],
      ],
    }),
  },
};
