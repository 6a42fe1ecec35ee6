import { patchNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { commitsAfterProcessing, describeCommit, kafkaConsumerGroups } from './_consumers';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const commitAfterProcessing = defineRule({
  meta: {
    id: 'kafka/commit-after-processing',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'An at-least-once consumer group must commit offsets only after the records are processed.',
      rationale:
        'The committed offset is where the group resumes after a crash or a rebalance. Committing before processing turns the flow into at-most-once: a record whose offset is committed but whose processing did not finish is never read again. Kafka\'s delivery-semantics section describes exactly this: read, commit, then process is at-most-once; read, process, then commit is at-least-once. Auto-commit counts as "after processing" only when processing is synchronous.',
      howToFix:
        'Commit after the handler succeeded (commitAfterProcessing), with enable.auto.commit=false whenever processing is handed to other threads.',
      sources: [KAFKA_SOURCES.designSemantics, KAFKA_SOURCES.consumerJavadoc],
    },
    messages: {
      early: 'Consumer group "{group}" {how} on an {delivery} flow: a crash between commit and processing loses those records.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' },
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', commitAfterProcessing: false },
        ],
        connections: [['writer', 'orders', 'publish'], ['orders', 'billing', 'consume']],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' },
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', commitAfterProcessing: true, kafka: { 'enable.auto.commit': false } },
        ],
        connections: [['writer', 'orders', 'publish'], ['orders', 'billing', 'consume']],
      }),
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
