import { patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { kafkaConsumerGroups } from './_consumers';

export const autoCommitWithAsyncProcessing = defineRule({
  meta: {
    id: 'kafka/auto-commit-with-async-processing',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A consumer group that hands records to other threads must not auto-commit offsets on an at-least-once flow.',
    subsumes: ['kafka/commit-after-processing'],
    messages: {
      ahead: 'Consumer group "{group}" auto-commits while processing records asynchronously on an {delivery} flow: offsets are committed before records are processed, so a crash skips them.',
    },
  },
  check({ design, report }) {
    for (const { group } of kafkaConsumerGroups(design)) {
      if (!group.kafka['enable.auto.commit'] || !group.asyncProcessing) continue;
      const requirements = requirementsAt(design, group.id);
      if (!atLeastOnce(requirements)) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'ahead',
        data: { group: group.name, delivery: requirements.delivery },
        fix: {
          label: 'Disable auto-commit; commit after processing',
          apply: (d) => patchNode(d, group.id, { commitAfterProcessing: true, kafka: { 'enable.auto.commit': false } }),
        },
      });
    }
  },
});
