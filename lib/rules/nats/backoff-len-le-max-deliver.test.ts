import { testRule } from '../rule-tester';
import { backoffLenLeMaxDeliver } from './backoff-len-le-max-deliver';

const stream = { kind: 'nats-stream', id: 'orders' };
const consume = [{ from: 'orders', to: 'svc' }];
const svc = (nats: Record<string, unknown>) => ({ kind: 'consumer-group', id: 'svc', nats });

testRule(backoffLenLeMaxDeliver, {
  valid: [
    { name: 'no backoff', design: { nodes: [stream, svc({ max_deliver: 1 })], connections: consume } },
    { name: 'as many entries as max_deliver', design: { nodes: [stream, svc({ max_deliver: 3, backoff: ['1s', '10s', '60s'] })], connections: consume } },
    { name: 'unbounded max_deliver', design: { nodes: [stream, svc({ max_deliver: -1, backoff: ['1s', '10s', '60s'] })], connections: consume } },
  ],
  invalid: [
    {
      name: 'three entries, max_deliver=2',
      design: { nodes: [stream, svc({ max_deliver: 2, backoff: ['1s', '10s', '60s'] })], connections: consume },
      findings: [{ target: 'svc', messageIncludes: '3 backoff entries but max_deliver=2' }],
      output: { nodes: { svc: { nats: { max_deliver: 4, backoff: ['1s', '10s', '60s'] } } } },
    },
  ],
});
