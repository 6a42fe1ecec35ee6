import { testRule } from '../rule-tester';
import { limitsWithInterestOrWorkqueue } from './limits-with-interest-or-workqueue';

const stream = (props: Record<string, unknown>) => ({ kind: 'nats-stream', id: 'jobs', ...props });

testRule(limitsWithInterestOrWorkqueue, {
  valid: [
    { name: 'a work queue without limits', design: { nodes: [stream({ retention: 'workqueue' })] } },
    { name: 'a work queue with limits and discard=new', design: { nodes: [stream({ retention: 'workqueue', max_bytes: 1e9, discard: 'new' })] } },
    { name: 'a limits stream with discard=old', design: { nodes: [stream({ max_age: '7d' })] } },
    { name: 'max_age=0 means unlimited', design: { nodes: [stream({ retention: 'interest', max_age: '0s' })] } },
  ],
  invalid: [
    {
      name: 'an interest stream with max_age and discard=old',
      design: { nodes: [stream({ retention: 'interest', max_age: '1h' })] },
      findings: [{ target: 'jobs', messageIncludes: 'retention=interest with max_age=1h' }],
      output: { nodes: { jobs: { discard: 'new', max_age: '1h' } } },
    },
    {
      name: 'a work queue with two limits',
      design: { nodes: [stream({ retention: 'workqueue', max_msgs: 1000, max_bytes: 1048576 })] },
      findings: [{ target: 'jobs', messageIncludes: 'max_bytes=1048576, max_msgs=1000' }],
      output: { nodes: { jobs: { discard: 'new' } } },
    },
  ],
});
