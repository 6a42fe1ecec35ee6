import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/global-order-single-partition`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Kafka keeps records in order only within a partition. A total order over all messages therefore needs a topic with a single partition, which also means one consumer per group does all the work.',
  howToFix: 'Use one partition, or relax the requirement to per-key ordering and key records by entity.',
  sources: [KAFKA_SOURCES.introConsumers],
  examples: {
    failing: exampleDesign({
      requirements: { ordering: 'strict' },
      nodes: [
        { kind: 'producer', id: 'ledger-writer' },
        { kind: 'kafka-topic', id: 'ledger', partitions: 6 },
      ],
      connections: [['ledger-writer', 'ledger', 'publish']],
    }),
    passing: exampleDesign({
      requirements: { ordering: 'strict' },
      nodes: [
        { kind: 'producer', id: 'ledger-writer' },
        { kind: 'kafka-topic', id: 'ledger', partitions: 1 },
      ],
      connections: [['ledger-writer', 'ledger', 'publish']],
    }),
  },
};
