import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';

export const filterErrorsDeadLettered = defineRule({
  meta: {
    id: 'servicebus/filter-errors-dead-lettered',
    category: 'error-handling',
    severity: 'warning',
    reads: ['servicebus-subscription'],
    scope: 'node',
    summary: 'A Service Bus subscription with SQL rules should dead-letter messages whose rule evaluation fails: switched off, those messages are dropped.',
    messages: {
      dropped:
        'Subscription "{name}" evaluates SQL rules ({rules}) but does not dead-letter filter evaluation errors: a message on which a rule throws (a property of the wrong type, an action that fails) is dropped from this subscription without a trace.',
    },
  },
  check({ design, report }) {
    for (const subscription of nodesOfKind(design, 'servicebus-subscription')) {
      if (subscription.deadLetteringOnFilterEvaluationExceptions) continue;
      const sql = (subscription.rules ?? []).filter((r) => r.filterType === 'SqlFilter' || r.action !== undefined);
      if (sql.length === 0) continue;
      report({
        target: { type: 'node', id: subscription.id },
        messageId: 'dropped',
        data: { name: subscription.name, rules: sql.map((r) => r.name).join(', ') },
        fix: { label: 'Dead-letter filter evaluation errors', apply: (d) => updateNode(d, subscription.id, { deadLetteringOnFilterEvaluationExceptions: true }) },
      });
    }
  },
});
