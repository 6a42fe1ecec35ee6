import { testRule } from '../rule-tester';
import { durableQueueForAtLeastOnce } from './durable-queue-for-at-least-once';

const flow = (delivery: string, durable: boolean, routingType = 'multicast') => ({
  requirements: { delivery },
  nodes: [
    { kind: 'producer', id: 'api' },
    { kind: 'artemis-address', id: 'orders', routingType },
    { kind: 'artemis-queue', id: 'billing', durable },
    { kind: 'consumer-group', id: 'biller' },
  ],
  connections: [
    { from: 'api', to: 'orders' },
    { from: 'orders', to: 'billing' },
    { from: 'billing', to: 'biller' },
  ],
});

testRule(durableQueueForAtLeastOnce, {
  valid: [
    { name: 'a durable queue', design: flow('at-least-once', true) },
    { name: 'a non-durable queue on an at-most-once flow', design: flow('at-most-once', false) },
  ],
  invalid: [
    {
      name: 'a non-durable topic subscription on an at-least-once flow',
      design: flow('at-least-once', false),
      findings: [{ target: 'billing', messageIncludes: 'loses every message waiting in it (for a topic subscription: use a durable subscription).' }],
      output: { nodes: { billing: { durable: true } } },
    },
    {
      name: 'a non-durable anycast queue',
      design: flow('exactly-once', false, 'anycast'),
      findings: [{ target: 'billing', messageIncludes: 'carries an exactly-once flow: a broker restart or failover loses every message waiting in it.' }],
      output: { nodes: { billing: { durable: true } } },
    },
  ],
});
