import { testRule } from '../rule-tester';
import { maxDeliverBounded } from './max-deliver-bounded';

const stream = { kind: 'nats-stream', id: 'orders' };
const consume = [{ from: 'orders', to: 'svc' }];

testRule(maxDeliverBounded, {
  valid: [
    { name: 'max_deliver=5 (the design default)', design: { nodes: [stream, { kind: 'consumer-group', id: 'svc' }], connections: consume } },
    {
      name: 'unbounded but AckNone (never redelivered)',
      design: { nodes: [stream, { kind: 'consumer-group', id: 'svc', nats: { max_deliver: -1, ack_policy: 'none' } }], connections: consume },
    },
  ],
  invalid: [
    {
      name: 'max_deliver=-1',
      design: { nodes: [stream, { kind: 'consumer-group', id: 'svc', nats: { max_deliver: -1 } }], connections: consume },
      findings: [{ target: 'svc', messageIncludes: 'max_deliver=-1' }],
      output: { nodes: { svc: { nats: { max_deliver: 5 } } } },
    },
    {
      name: 'max_deliver=0 (stored as -1) with a long backoff',
      design: {
        nodes: [stream, { kind: 'consumer-group', id: 'svc', nats: { max_deliver: 0, backoff: ['1s', '2s', '4s', '8s', '16s', '32s'] } }],
        connections: consume,
      },
      findings: [{ target: 'svc', messageIncludes: 'max_deliver=0' }],
      output: { nodes: { svc: { nats: { max_deliver: 7 } } } },
    },
  ],
});
