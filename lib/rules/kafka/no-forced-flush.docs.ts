import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/no-forced-flush`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Kafka gets its durability from replication, not from fsync: the topic config docs recommend leaving flush.messages and flush.ms unset and letting the operating system flush. Forcing a flush costs throughput and latency for little gain. (Redpanda uses flush.ms with write caching and fsyncs acks=all writes anyway, so Redpanda topics are not checked.)',
  howToFix: 'Remove flush.messages and flush.ms; rely on replication factor 3, min.insync.replicas 2 and acks=all.',
  sources: [KAFKA_SOURCES.topicConfigs],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders', config: { 'flush.messages': 1 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'kafka-topic', id: 'orders' }] }),
  },
};
