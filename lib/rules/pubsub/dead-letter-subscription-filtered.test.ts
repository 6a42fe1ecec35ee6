import { testRule } from '../rule-tester';
import { deadLetterSubscriptionFiltered } from './dead-letter-subscription-filtered';

const dlt = (...filters: Array<string | undefined>) => ({
  nodes: [
    { kind: 'pubsub-topic', id: 'work' },
    { kind: 'pubsub-subscription', id: 'worker', filter: 'attributes.kind = "a"' },
    { kind: 'pubsub-topic', id: 'dlt' },
    ...filters.map((filter, i) => ({ kind: 'pubsub-subscription', id: `dlt-sub-${i}`, ...(filter === undefined ? {} : { filter }) })),
  ],
  connections: [{ from: 'work', to: 'worker' }, { from: 'worker', to: 'dlt', kind: 'dead-letter' as const }, ...filters.map((_f, i) => ({ from: 'dlt', to: `dlt-sub-${i}` }))],
});

testRule(deadLetterSubscriptionFiltered, {
  valid: [
    { name: 'an unfiltered subscription keeps every dead letter', design: dlt(undefined) },
    { name: 'a filtered view beside an unfiltered subscription', design: dlt('attributes.region = "eu"', undefined) },
    {
      name: 'a filter on a work subscription is the point of filters',
      design: {
        nodes: [
          { kind: 'pubsub-topic', id: 'work' },
          { kind: 'pubsub-subscription', id: 'eu', filter: 'attributes.region = "eu"' },
        ],
        connections: [{ from: 'work', to: 'eu' }],
      },
    },
  ],
  invalid: [
    {
      name: 'the only subscription of the dead-letter topic filters',
      design: dlt('attributes.region = "eu"'),
      findings: [{ target: 'dlt-sub-0', messageIncludes: 'filters on attributes.region = "eu"' }],
      output: { nodes: { 'dlt-sub-0': { kind: 'pubsub-subscription' } } },
    },
    {
      name: 'two filtered subscriptions that together still miss some dead letters: one fix is enough',
      design: dlt('attributes.region = "eu"', 'attributes.region = "us"'),
      findings: [{ target: 'dlt-sub-0' }, { target: 'dlt-sub-1' }],
    },
  ],
});
