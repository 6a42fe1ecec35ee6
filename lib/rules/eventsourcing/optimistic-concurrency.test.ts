import { testRule } from '../rule-tester';
import { optimisticConcurrency } from './optimistic-concurrency';

testRule(optimisticConcurrency, {
  valid: [{ name: 'appends with an expected version', design: { nodes: [{ kind: 'event-store', id: 'accounts', concurrencyCheck: 'expected-version' }] } }],
  invalid: [
    {
      name: 'a new event store has no check declared',
      design: { nodes: [{ kind: 'event-store', id: 'accounts', aggregateType: 'Account' }] },
      findings: [{ target: 'accounts', messageIncludes: 'same Account at once' }],
      output: { nodes: { accounts: { concurrencyCheck: 'expected-version' } } },
    },
  ],
});
