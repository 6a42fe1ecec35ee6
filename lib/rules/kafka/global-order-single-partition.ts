import { nodesOfKind, updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';

export const globalOrderSinglePartition = defineRule({
  meta: {
    id: 'kafka/global-order-single-partition',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A topic carrying a strictly (globally) ordered flow must have exactly one partition.',
    messages: {
      partitioned: 'Topic "{topic}" carries a strictly ordered flow but has {partitions} partitions: Kafka orders records only within a partition, so consumers see them out of order.',
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const planned = topic.plannedPartitions ?? topic.partitions;
      const partitions = Math.max(topic.partitions, planned);
      if (partitions <= 1 || requirementsAt(design, topic.id)?.ordering !== 'strict') continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'partitioned',
        data: { topic: topic.name, partitions },
        fix: { label: 'Use one partition', apply: (d) => updateNode(d, topic.id, { partitions: 1, plannedPartitions: undefined }) },
      });
    }
  },
});
