import { testRule } from '../rule-tester';
import { exclusiveSubscriptionOneConsumer } from './exclusive-subscription-one-consumer';

const flow = (subscriptionType: string | undefined, instances: number[]) => ({
  requirements: { ordering: 'none' },
  nodes: [
    { kind: 'pulsar-topic', id: 't' },
    { kind: 'pulsar-subscription', id: 's', ...(subscriptionType ? { subscriptionType } : {}) },
    ...instances.map((n, i) => ({ kind: 'consumer-group', id: `c${i}`, instances: n })),
  ],
  connections: [{ from: 't', to: 's' }, ...instances.map((_, i) => ({ from: 's', to: `c${i}` }))],
});

testRule(exclusiveSubscriptionOneConsumer, {
  valid: [
    { name: 'one instance on an Exclusive subscription', design: flow('Exclusive', [1]) },
    { name: 'no type set and one instance', design: flow(undefined, [1]) },
    { name: 'Failover with several instances: one active, the others on standby', design: flow('Failover', [3]) },
    { name: 'Shared with several instances', design: flow('Shared', [4]) },
    { name: 'Key_Shared with several instances', design: flow('Key_Shared', [4]) },
    { name: 'an Exclusive subscription nobody reads yet', design: flow('Exclusive', []) },
  ],
  invalid: [
    {
      name: 'no type set (Exclusive by default) and three instances',
      design: flow(undefined, [3]),
      findings: [{ target: 's', messageIncludes: "is Exclusive (Pulsar's default: no type is set) but 3 consumer instances" }],
      output: { nodes: { s: { subscriptionType: 'Failover' } } },
    },
    {
      name: 'Exclusive chosen, two groups of one instance each',
      design: flow('Exclusive', [1, 1]),
      findings: [{ target: 's', messageIncludes: 'is Exclusive but 2 consumer instances subscribe to it ("c0" × 1, "c1" × 1)' }],
      output: { nodes: { s: { subscriptionType: 'Failover' } } },
    },
  ],
});
