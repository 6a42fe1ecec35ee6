import { testRule } from '../rule-tester';
import { maxDeliverDlqHandler } from './max-deliver-dlq-handler';

const stream = { kind: 'nats-stream', id: 'jobs', subjects: ['jobs.>'], max_age: '7d', num_replicas: 3 };
const consume = { from: 'jobs', to: 'worker' };

testRule(maxDeliverDlqHandler, {
  valid: [
    {
      name: 'the advisory is handled',
      design: { nodes: [stream, { kind: 'consumer-group', id: 'worker', nats: { maxDeliveriesAdvisory: true } }], connections: [consume] },
    },
    {
      name: 'a dead-letter stream is drawn',
      design: {
        nodes: [stream, { kind: 'consumer-group', id: 'worker' }, { kind: 'nats-stream', id: 'dlq', role: 'dead-letter' }],
        connections: [consume, { from: 'worker', to: 'dlq' }],
      },
    },
    {
      name: 'unbounded redelivery (another rule)',
      design: { nodes: [stream, { kind: 'consumer-group', id: 'worker', nats: { max_deliver: -1 } }], connections: [consume] },
    },
  ],
  invalid: [
    {
      name: 'bounded redelivery, no handler',
      design: {
        clusters: [{ id: 'n', name: 'n', broker: 'nats', nodes: 3 }],
        nodes: [{ ...stream, cluster: 'n' }, { kind: 'consumer-group', id: 'worker' }],
        connections: [consume],
      },
      findings: [{ target: 'worker', messageIncludes: 'max_deliver=5' }],
      output: {
        nodes: {
          worker: { nats: { maxDeliveriesAdvisory: true, max_deliver: 5 } },
          worker_dlq: {
            kind: 'nats-stream', name: 'WORKER_DLQ', role: 'dead-letter', subjects: ['dlq.worker'], depthAlert: true, num_replicas: 3, max_age: '7d', cluster: 'n',
          },
        },
        connections: { 'worker--worker_dlq': { kind: 'dead-letter', from: 'worker', to: 'worker_dlq' } },
      },
    },
    {
      name: 'a design without clusters stays without clusters',
      design: { nodes: [stream, { kind: 'consumer-group', id: 'job-runner', name: 'Job runner' }], connections: [{ from: 'jobs', to: 'job-runner' }] },
      findings: [{ target: 'job-runner', messageIncludes: '"Job runner"' }],
      output: {
        design: { clusters: [] },
        nodes: { job_runner_dlq: { name: 'JOB_RUNNER_DLQ', subjects: ['dlq.job_runner'] } },
      },
    },
  ],
});
