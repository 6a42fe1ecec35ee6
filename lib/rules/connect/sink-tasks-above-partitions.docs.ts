import type { RuleDocs } from '../rule-docs';

/** The docs and examples of `connect/sink-tasks-above-partitions`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A sink connector's tasks are one consumer group: each partition goes to one task, so tasks beyond the total partition count get nothing and sit idle. The connector looks sized for more throughput than it can reach; adding tasks will not speed it up, only more partitions will.",
  howToFix: 'Lower tasks.max to the total partitions of the topics the sink reads, or add partitions to those topics if the sink needs more parallelism.',
  sources: [
    { label: 'Kafka Connect configs: tasks.max', url: 'https://kafka.apache.org/documentation/#connectconfigs_tasks.max' },
    { label: 'Confluent: Kafka Connect concepts, tasks', url: 'https://docs.confluent.io/platform/current/connect/concepts.html#connect-tasks' },
  ],
  examples: {
    failing: {
      nodes: [
        { kind: 'kafka-topic', id: 'orders', partitions: 3 },
        { kind: 'connect-sink', id: 'orders-to-warehouse', config: { 'tasks.max': 8 } },
      ],
      connections: [{ from: 'orders', to: 'orders-to-warehouse' }],
    },
    passing: {
      nodes: [
        { kind: 'kafka-topic', id: 'orders', partitions: 3 },
        { kind: 'connect-sink', id: 'orders-to-warehouse', config: { 'tasks.max': 3 } },
      ],
      connections: [{ from: 'orders', to: 'orders-to-warehouse' }],
    },
  },
};
