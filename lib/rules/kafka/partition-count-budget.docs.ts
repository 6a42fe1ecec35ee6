import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/partition-count-budget`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Every partition replica costs broker memory, file handles and replication work, and lengthens leader elections and recovery after a broker failure. KIP-578 gives a generic recommendation of at most 4000 partition replicas per broker and 200000 partitions per cluster. For latency-sensitive flows (a latency target of 100 ms or less here), Confluent suggests at most 100 × brokers × replication factor partitions per broker. These are rules of thumb from the ZooKeeper era, not enforced limits; the planned partition counts are used. Redpanda sizes partitions per CPU core and is not checked.',
  howToFix: 'Consolidate topics, lower partition counts that exceed what throughput needs, or add brokers.',
  sources: [KAFKA_SOURCES.kip578, KAFKA_SOURCES.confluentPartitions],
  examples: {
    failing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka', nodes: 3 }],
      nodes: [{ kind: 'kafka-topic', id: 'events', cluster: 'kafka', partitions: 5000, replicationFactor: 3 }],
    }),
    passing: exampleDesign({
      clusters: [{ id: 'kafka', broker: 'kafka', nodes: 3 }],
      nodes: [{ kind: 'kafka-topic', id: 'events', cluster: 'kafka', partitions: 120, replicationFactor: 3 }],
    }),
  },
};
