import { testRule } from '../rule-tester';
import { aggregateIdOrderingKey } from './aggregate-id-ordering-key';

const forwards = (store: Record<string, unknown>) => ({
  nodes: [
    { kind: 'event-store', id: 'accounts', aggregateType: 'Account', ...store },
    { kind: 'kafka-topic', id: 'account-events' },
  ],
  connections: [{ from: 'accounts', to: 'account-events' }],
});

testRule(aggregateIdOrderingKey, {
  valid: [
    { name: 'events keyed by the aggregate id', design: forwards({}) },
    { name: 'a store that forwards nothing needs no key', design: { nodes: [{ kind: 'event-store', id: 'accounts', publishKey: 'none' }] } },
  ],
  invalid: [
    {
      name: 'events forwarded without a key',
      design: forwards({ publishKey: 'none' }),
      findings: [{ target: 'accounts', messageIncludes: 'without a key: events of one Account' }],
      output: { nodes: { accounts: { publishKey: 'aggregate-id' } } },
    },
    {
      name: 'events forwarded with random keys',
      design: forwards({ publishKey: 'random' }),
      findings: [{ target: 'accounts', messageIncludes: 'random keys' }],
    },
    {
      name: 'one global stream',
      design: { nodes: [{ kind: 'event-store', id: 'accounts', streamPerAggregate: false }] },
      findings: [{ target: 'accounts', messageIncludes: 'one stream for all aggregates' }],
      output: { nodes: { accounts: { streamPerAggregate: true } } },
    },
  ],
});
