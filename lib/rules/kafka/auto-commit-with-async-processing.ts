import { patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { kafkaConsumerGroups } from './_consumers';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const autoCommitWithAsyncProcessing = defineRule({
  meta: {
    id: 'kafka/auto-commit-with-async-processing',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'A consumer group that hands records to other threads must not auto-commit offsets on an at-least-once flow.',
      rationale:
        'Auto-commit commits, at each poll, the offsets of what the previous poll returned. That is at-least-once only if every record is processed before the next poll. When records go to a thread pool and the consumer polls on, the committed offset runs ahead of the processed records, and a crash "results in missing records".',
      howToFix: 'Set enable.auto.commit=false and commit offsets of records once their processing has finished.',
      sources: [KAFKA_SOURCES.consumerJavadoc, KAFKA_SOURCES.consumerConfigs],
    },
    subsumes: ['kafka/commit-after-processing'],
    messages: {
      ahead:
        'Consumer group "{group}" auto-commits while processing records asynchronously on an {delivery} flow: offsets are committed before records are processed, so a crash skips them.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' },
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', asyncProcessing: true, kafka: { 'enable.auto.commit': true } },
        ],
        connections: [['writer', 'orders', 'publish'], ['orders', 'billing', 'consume']],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' },
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', asyncProcessing: true, kafka: { 'enable.auto.commit': false } },
        ],
        connections: [['writer', 'orders', 'publish'], ['orders', 'billing', 'consume']],
      }),
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
