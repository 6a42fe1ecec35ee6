import { updateNode } from '../../design';
import type { ResolvedConsumerGroup } from '../../brokers/resolved-design';
import { defineRule } from '../rule';
import { groupMembers, kafkaConsumerGroups } from './_consumers';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The group trimmed to at most `partitions` members: idle members add nothing, so nothing is lost. */
function fitted(group: ResolvedConsumerGroup, partitions: number): Partial<ResolvedConsumerGroup> {
  if (group.asyncProcessing) return { instances: partitions };
  if (group.concurrency > partitions) return { instances: 1, concurrency: partitions };
  return { instances: Math.max(1, Math.floor(partitions / group.concurrency)) };
}

export const idleConsumers = defineRule({
  meta: {
    id: 'kafka/idle-consumers',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: 'A consumer group should not have more members than the partitions it reads.',
      rationale:
        'Each partition is consumed by exactly one member of a group, so "there cannot be more consumer instances in a consumer group than partitions": the extra members sit idle and add no throughput. Members are instances × consumer threads (instances only when records go to a thread pool), counted against the partitions of every Kafka topic the group reads. Deliberate hot standbys are the exception; Kafka share groups (KIP-932) are not modelled here.',
      howToFix: 'Add partitions to the topic (before it carries keyed data), or run fewer instances or threads.',
      sources: [KAFKA_SOURCES.introConsumers, KAFKA_SOURCES.redpandaGroups],
    },
    messages: {
      idle: 'Consumer group "{group}" has {members} members but reads only {partitions} partitions: {idle} of them sit idle.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [
          { kind: 'kafka-topic', id: 'orders', partitions: 6 },
          { kind: 'consumer-group', id: 'billing', instances: 4, concurrency: 4 },
        ],
        connections: [['orders', 'billing', 'consume']],
      }),
      passing: exampleDesign({
        nodes: [
          { kind: 'kafka-topic', id: 'orders', partitions: 12 },
          { kind: 'consumer-group', id: 'billing', instances: 3, concurrency: 4 },
        ],
        connections: [['orders', 'billing', 'consume']],
      }),
    },
  },
  check({ design, report }) {
    for (const { group, topics } of kafkaConsumerGroups(design)) {
      const members = groupMembers(group);
      const partitions = topics.reduce((sum, t) => sum + t.partitions, 0);
      // Hot standbys wait idle by design: only members idle beyond them are waste.
      const standby = group.standbyInstances * (group.asyncProcessing ? 1 : group.concurrency);
      if (members - standby <= partitions) continue;
      const patch = fitted(group, partitions);
      report({
        target: { type: 'node', id: group.id },
        messageId: 'idle',
        data: { group: group.name, members, partitions, idle: members - partitions },
        fix: { label: `Trim the group to ${partitions} members`, apply: (d) => updateNode(d, group.id, patch) },
      });
    }
  },
});
