import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { limitsStreamBounded } from './limits-stream-bounded';

testRule(limitsStreamBounded, {
  valid: [
    { name: 'max_age', design: withWriter({ nodes: [{ kind: 'nats-stream', id: 's', max_age: '3d' }] }, 's') },
    { name: 'max_bytes', design: withWriter({ nodes: [{ kind: 'nats-stream', id: 's', max_bytes: 10_000_000_000 }] }, 's') },
    { name: 'max_msgs', design: withWriter({ nodes: [{ kind: 'nats-stream', id: 's', max_msgs: 1_000_000 }] }, 's') },
    { name: 'a work queue deletes on ack', design: withWriter({ nodes: [{ kind: 'nats-stream', id: 's', retention: 'workqueue' }] }, 's') },
  ],
  invalid: [
    {
      name: 'no limits',
      design: withWriter({ nodes: [{ kind: 'nats-stream', id: 's' }] }, 's'),
      findings: [{ target: 's', messageIncludes: 'no max_age' }],
      output: { nodes: { s: { max_age: '7d' } } },
    },
    {
      name: 'max_age=0 with a declared retention of 72 hours',
      design: withWriter({ requirements: { retentionHours: 72 }, nodes: [{ kind: 'nats-stream', id: 's', max_age: '0s' }] }, 's'),
      findings: [{ target: 's' }],
      output: { nodes: { s: { max_age: '3d' } } },
    },
  ],
});
