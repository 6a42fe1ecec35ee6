import { patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { commitsAfterProcessing, describeCommit, kafkaConsumerGroups } from './_consumers';

export const commitAfterProcessing = defineRule({
  meta: {
    id: 'kafka/commit-after-processing',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'An at-least-once consumer group must commit offsets only after the records are processed.',
    messages: {
      early: 'Consumer group "{group}" {how} on an {delivery} flow: a crash between commit and processing loses those records.',
    },
  },
  check({ design, report }) {
    for (const { group } of kafkaConsumerGroups(design)) {
      if (commitsAfterProcessing(group)) continue;
      const requirements = requirementsAt(design, group.id);
      if (!atLeastOnce(requirements)) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'early',
        data: { group: group.name, how: describeCommit(group), delivery: requirements.delivery },
        fix: {
          label: 'Commit offsets after processing',
          apply: (d) =>
            patchNode(d, group.id, {
              commitAfterProcessing: true,
              // Auto-commit is only safe without a thread pool; keep it where it is safe.
              kafka: { 'enable.auto.commit': group.kafka['enable.auto.commit'] && !group.asyncProcessing },
            }),
        },
      });
    }
  },
});
