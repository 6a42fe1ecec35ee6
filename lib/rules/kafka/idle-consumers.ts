import { updateNode } from '../../design';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { defineRule } from '../rule';
import { groupMembers, kafkaConsumerGroups } from './_consumers';

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
    reads: ['kafka-topic', 'consumer-group'],
    summary: 'A consumer group should not have more members than the partitions it reads.',
    messages: {
      idle: 'Consumer group "{group}" has {members} members but reads only {partitions} partitions: {idle} of them sit idle.',
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
