import { testRule } from '../rule-tester';
import { limitsStreamBounded } from './limits-stream-bounded';

testRule(limitsStreamBounded, {
  valid: [
    { name: 'max_age', design: { nodes: [{ kind: 'nats-stream', id: 's', max_age: '3d' }] } },
    { name: 'max_bytes', design: { nodes: [{ kind: 'nats-stream', id: 's', max_bytes: 10_000_000_000 }] } },
    { name: 'max_msgs', design: { nodes: [{ kind: 'nats-stream', id: 's', max_msgs: 1_000_000 }] } },
    { name: 'a work queue deletes on ack', design: { nodes: [{ kind: 'nats-stream', id: 's', retention: 'workqueue' }] } },
  ],
  invalid: [
    {
      name: 'no limits',
      design: { nodes: [{ kind: 'nats-stream', id: 's' }] },
      findings: [{ target: 's', messageIncludes: 'no max_age' }],
      output: { nodes: { s: { max_age: '7d' } } },
    },
    {
      name: 'max_age=0 with a declared retention of 72 hours',
      design: { requirements: { retentionHours: 72 }, nodes: [{ kind: 'nats-stream', id: 's', max_age: '0s' }] },
      findings: [{ target: 's' }],
      output: { nodes: { s: { max_age: '3d' } } },
    },
  ],
});
