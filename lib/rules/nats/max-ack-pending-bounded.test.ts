import { testRule } from '../rule-tester';
import { maxAckPendingBounded } from './max-ack-pending-bounded';

const stream = { kind: 'nats-stream', id: 'orders' };
const consume = [{ from: 'orders', to: 'svc' }];

testRule(maxAckPendingBounded, {
  valid: [
    { name: 'the default 1000', design: { nodes: [stream, { kind: 'consumer-group', id: 'svc' }], connections: consume } },
    { name: 'a tuned value', design: { nodes: [stream, { kind: 'consumer-group', id: 'svc', nats: { max_ack_pending: 64 } }], connections: consume } },
  ],
  invalid: [
    {
      name: '-1',
      design: { nodes: [stream, { kind: 'consumer-group', id: 'svc', nats: { max_ack_pending: -1 } }], connections: consume },
      findings: [{ target: 'svc', messageIncludes: 'max_ack_pending=-1' }],
      output: { nodes: { svc: { nats: { max_ack_pending: 1000 } } } },
    },
  ],
});
