import { nodesOfKind, updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const globalOrderSinglePartition = defineRule({
  meta: {
    id: 'kafka/global-order-single-partition',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: 'A topic carrying a strictly (globally) ordered flow must have exactly one partition.',
      rationale:
        'Kafka keeps records in order only within a partition. A total order over all messages therefore needs a topic with a single partition, which also means one consumer per group does all the work.',
      howToFix: 'Use one partition, or relax the requirement to per-key ordering and key records by entity.',
      sources: [KAFKA_SOURCES.introConsumers],
    },
    messages: {
      partitioned:
        'Topic "{topic}" carries a strictly ordered flow but has {partitions} partitions: Kafka orders records only within a partition, so consumers see them out of order.',
    },
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
