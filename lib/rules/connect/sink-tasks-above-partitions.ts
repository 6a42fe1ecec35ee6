import { nodesOfKind, patchNode } from '../../design';
import { CONNECT_DEFAULTS } from '../../brokers/kafka-connect/connector-defaults';
import { defineRule } from '../rule';
import { topicsReadBy } from './_topics';

export const sinkTasksAbovePartitions = defineRule({
  meta: {
    id: 'connect/sink-tasks-above-partitions',
    category: 'scalability',
    severity: 'warning',
    reads: ['kafka-topic', 'connect-sink'],
    summary: "A sink connector's tasks.max should not exceed the partitions of the topics it reads.",
    messages: {
      idleTasks: 'Sink connector "{connector}" runs up to {tasks} tasks but reads {partitions} partition(s): {idle} task(s) sit idle.',
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
