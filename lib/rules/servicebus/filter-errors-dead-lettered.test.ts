import { testRule } from '../rule-tester';
import { filterErrorsDeadLettered } from './filter-errors-dead-lettered';

const eu = { name: 'eu', filterType: 'SqlFilter', sqlExpression: "region = 'eu'" };
const sub = (fields: Record<string, unknown>) => ({
  nodes: [
    { kind: 'servicebus-topic', id: 't' },
    { kind: 'servicebus-subscription', id: 's', ...fields },
  ],
  connections: [{ from: 't', to: 's' }],
});

testRule(filterErrorsDeadLettered, {
  valid: [
    { name: 'SQL rules with the default (dead-lettered)', design: sub({ rules: [eu] }) },
    {
      name: 'correlation filters only: matched by equality, they do not throw',
      design: sub({ deadLetteringOnFilterEvaluationExceptions: false, rules: [{ name: 'paid', filterType: 'CorrelationFilter', correlationFilter: { label: 'paid' } }] }),
    },
    { name: 'no rules: the $Default true filter', design: sub({ deadLetteringOnFilterEvaluationExceptions: false }) },
  ],
  invalid: [
    {
      name: 'a SQL rule with filter errors switched off',
      design: sub({ deadLetteringOnFilterEvaluationExceptions: false, rules: [eu] }),
      findings: [{ target: 's', messageIncludes: 'evaluates SQL rules (eu)' }],
      output: { nodes: { s: { deadLetteringOnFilterEvaluationExceptions: true } } },
    },
  ],
});
