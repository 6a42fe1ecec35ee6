import { testRule } from '../rule-tester';
import { durableExchanges } from './durable-exchanges';

testRule(durableExchanges, {
  valid: [{ name: 'durable exchange (default)', design: { nodes: [{ kind: 'rabbitmq-exchange', id: 'x' }] } }],
  invalid: [
    {
      name: 'transient exchange',
      design: { nodes: [{ kind: 'rabbitmq-exchange', id: 'x', durable: false }] },
      findings: [{ target: 'x', messageIncludes: 'transient' }],
      output: { nodes: { x: { durable: true } } },
    },
  ],
});
