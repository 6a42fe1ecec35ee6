import { testRule } from '../rule-tester';
import { consumerLagMonitored } from './consumer-lag-monitored';

testRule(consumerLagMonitored, {
  valid: [
    {
      name: 'a lag alert',
      design: { nodes: [{ kind: 'sqs-queue', id: 'q' }, { kind: 'consumer-group', id: 'svc', lagAlert: true }], connections: [{ from: 'q', to: 'svc' }] },
    },
    { name: 'a group that reads nothing (another rule)', design: { nodes: [{ kind: 'consumer-group', id: 'svc' }] } },
  ],
  invalid: [
    {
      name: 'no lag alert',
      design: { nodes: [{ kind: 'nats-stream', id: 'jobs' }, { kind: 'consumer-group', id: 'svc' }], connections: [{ from: 'jobs', to: 'svc' }] },
      findings: [{ target: 'svc', messageIncludes: 'pile up in "jobs"' }],
      output: { nodes: { svc: { lagAlert: true } } },
    },
  ],
});
