import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/auto-commit-with-async-processing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Auto-commit commits, at each poll, the offsets of what the previous poll returned. That is at-least-once only if every record is processed before the next poll. When records go to a thread pool and the consumer polls on, the committed offset runs ahead of the processed records, and a crash "results in missing records".',
  howToFix: 'Set enable.auto.commit=false and commit offsets of records once their processing has finished.',
  sources: [KAFKA_SOURCES.consumerJavadoc, KAFKA_SOURCES.consumerConfigs],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'kafka-topic', id: 'orders' },
        { kind: 'consumer-group', id: 'billing', asyncProcessing: true, kafka: { 'enable.auto.commit': true } },
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
        { kind: 'consumer-group', id: 'billing', asyncProcessing: true, kafka: { 'enable.auto.commit': false } },
      ],
      connections: [
        ['writer', 'orders', 'publish'],
        ['orders', 'billing', 'consume'],
      ],
    }),
  },
};
