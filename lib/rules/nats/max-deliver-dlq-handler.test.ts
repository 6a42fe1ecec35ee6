import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { testRule } from '../rule-tester';
import { makeDesign } from '../../design/build-design';
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
        nodes: [
          { ...stream, cluster: 'n' },
          { kind: 'consumer-group', id: 'worker' },
        ],
        connections: [consume],
      },
      findings: [{ target: 'worker', messageIncludes: 'max_deliver=5' }],
      output: {
        nodes: {
          worker: { nats: { maxDeliveriesAdvisory: true, max_deliver: 5 } },
          worker_dlq: {
            kind: 'nats-stream',
            name: 'WORKER_DLQ',
            role: 'dead-letter',
            subjects: ['dlq.worker'],
            depthAlert: true,
            num_replicas: 3,
            max_age: '7d',
            cluster: 'n',
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

describe('nats/max-deliver-dlq-handler fix', () => {
  it('gives a pipeline one dead-letter stream: fixed on two consumers, one stream, a subject each', () => {
    const design = makeDesign({
      clusters: [{ id: 'n', name: 'n', broker: 'nats', nodes: 3 }],
      nodes: [
        { ...stream, cluster: 'n' },
        { kind: 'consumer-group', id: 'worker' },
        { kind: 'nats-stream', id: 'done', subjects: ['done.>'], max_age: '7d', num_replicas: 3, cluster: 'n' },
        { kind: 'consumer-group', id: 'notifier' },
      ],
      connections: [consume, { from: 'worker', to: 'done' }, { from: 'done', to: 'notifier' }],
    });
    const first = runRules(design, [maxDeliverDlqHandler]);
    const once = first.find((f) => f.target.type === 'node' && f.target.id === 'worker')!.fix!.apply(design);
    const second = runRules(once, [maxDeliverDlqHandler]);
    expect(second.map((f) => f.fix?.label)).toEqual(['Dead-letter to stream "WORKER_DLQ" from the MAX_DELIVERIES advisory']);
    const twice = second[0].fix!.apply(once);
    const dlqs = twice.nodes.filter((n) => n.kind === 'nats-stream' && n.role === 'dead-letter');
    expect(dlqs).toHaveLength(1);
    expect(dlqs[0]).toMatchObject({ subjects: ['dlq.worker', 'dlq.notifier'] });
    expect(
      twice.connections
        .filter((c) => c.kind === 'dead-letter')
        .map((c) => c.from)
        .sort(),
    ).toEqual(['notifier', 'worker']);
    expect(runRules(twice, [maxDeliverDlqHandler])).toEqual([]);
  });
});
