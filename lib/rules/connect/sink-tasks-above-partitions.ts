import { nodesOfKind, patchNode } from '../../design';
import { CONNECT_DEFAULTS } from '../../brokers/kafka-connect/connector-defaults';
import { defineRule } from '../rule';
import { topicsReadBy } from './_topics';

export const sinkTasksAbovePartitions = defineRule({
  meta: {
    id: 'connect/sink-tasks-above-partitions',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: 'A sink connector\'s tasks.max should not exceed the partitions of the topics it reads.',
      rationale:
        'A sink connector\'s tasks are one consumer group: each partition goes to one task, so tasks beyond the total partition count get nothing and sit idle. The connector looks sized for more throughput than it can reach; adding tasks will not speed it up, only more partitions will.',
      howToFix: 'Lower tasks.max to the total partitions of the topics the sink reads, or add partitions to those topics if the sink needs more parallelism.',
      sources: [
        { label: 'Kafka Connect configs: tasks.max', url: 'https://kafka.apache.org/documentation/#connectconfigs_tasks.max' },
        { label: 'Confluent: Kafka Connect concepts, tasks', url: 'https://docs.confluent.io/platform/current/connect/concepts.html#connect-tasks' },
      ],
    },
    messages: {
      idleTasks: 'Sink connector "{connector}" runs up to {tasks} tasks but reads {partitions} partition(s): {idle} task(s) sit idle.',
    },
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
  },
  check({ design, report }) {
    for (const sink of nodesOfKind(design, 'connect-sink')) {
      // With topics.regex the topics it reads are decided at run time: the design cannot count their partitions.
      if (sink.config['topics.regex'] !== undefined) continue;
      const topics = topicsReadBy(design, sink.id);
      if (topics.length === 0) continue;
      const partitions = topics.reduce((sum, t) => sum + t.partitions, 0);
      const tasks = sink.config['tasks.max'] ?? CONNECT_DEFAULTS['tasks.max'].value;
      if (tasks <= partitions) continue;
      report({
        target: { type: 'node', id: sink.id },
        messageId: 'idleTasks',
        data: { connector: sink.name, tasks, partitions, idle: tasks - partitions },
        fix: { label: `Set tasks.max=${partitions}`, apply: (d) => patchNode(d, sink.id, { config: { 'tasks.max': partitions } }) },
      });
    }
  },
});
