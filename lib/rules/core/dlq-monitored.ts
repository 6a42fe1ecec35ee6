import { defineRule } from '../rule';
import { hasConsumer } from './_channels';
import { deadLetterTargets } from './_dead-letters';
import { depthAlertFix } from './_fix-decisions';

export const dlqMonitored = defineRule({
  meta: {
    id: 'core/dlq-monitored',
    category: 'operability',
    severity: 'warning',
    summary: 'A dead-letter queue needs a consumer or an alert on its depth.',
    messages: {
      unmonitored: 'Dead-letter target "{dlq}" has no consumer and no depth alert: failed messages pile up there unnoticed until they expire.',
    },
  },
  check({ design, report }) {
    for (const { node } of deadLetterTargets(design).values()) {
      if (node.depthAlert || hasConsumer(design, node.id)) continue;
      report({
        target: { type: 'node', id: node.id },
        messageId: 'unmonitored',
        data: { dlq: node.name },
        fix: depthAlertFix(node),
      });
    }
  },
});
