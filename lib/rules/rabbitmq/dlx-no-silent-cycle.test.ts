import { testRule } from '../rule-tester';
import { dlxNoSilentCycle } from './dlx-no-silent-cycle';

const retryLoop = (worker: Record<string, unknown> | undefined) => ({
  nodes: [
    { kind: 'rabbitmq-queue', id: 'work' },
    { kind: 'rabbitmq-exchange', id: 'retry-dlx', type: 'fanout' },
    { kind: 'rabbitmq-queue', id: 'retry', role: 'retry', arguments: { 'x-message-ttl': 10000 } },
    { kind: 'rabbitmq-exchange', id: 'work-dlx', type: 'fanout' },
    ...(worker ? [{ kind: 'consumer-group', id: 'worker', ...worker }] : []),
  ],
  connections: [
    { from: 'work', to: 'retry-dlx', kind: 'dead-letter' as const },
    { from: 'retry-dlx', to: 'retry' },
    { from: 'retry', to: 'work-dlx', kind: 'dead-letter' as const },
    { from: 'work-dlx', to: 'work' },
    ...(worker ? [{ from: 'work', to: 'worker' }] : []),
  ],
});

testRule(dlxNoSilentCycle, {
  valid: [
    { name: 'TTL retry loop with a rejecting consumer', design: retryLoop({}) },
    {
      name: 'no cycle: DLQ at the end',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'dlq' },
        ],
        connections: [
          { from: 'q', to: 'dlx' },
          { from: 'dlx', to: 'dlq' },
        ],
      },
    },
    {
      name: "the DLX binding back does not match the dead letters' key",
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-queue', id: 'delay', arguments: { 'x-message-ttl': 1000 } },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'dlq' },
        ],
        connections: [
          { from: 'api', to: 'delay' },
          { from: 'delay', to: 'dlx', kind: 'dead-letter', routingKey: 'dead' },
          { from: 'dlx', to: 'delay', routingKey: 'again' },
          { from: 'dlx', to: 'dlq', routingKey: 'dead' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a queue whose TTL dead-letters into itself',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'delay', arguments: { 'x-message-ttl': 1000 } },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
        ],
        connections: [
          { from: 'delay', to: 'dlx' },
          { from: 'dlx', to: 'delay' },
        ],
      },
      findings: [{ target: 'delay', messageIncludes: '"delay"' }],
    },
    {
      name: 'a retry loop whose consumer requeues instead of rejecting',
      design: retryLoop({ rabbitmq: { requeueOnError: true } }),
      findings: [{ target: 'retry', messageIncludes: '"retry", "work"' }],
    },
    {
      name: 'a retry loop with no consumer',
      design: retryLoop(undefined),
      findings: [{ target: 'retry' }],
    },
    {
      name: 'dead letters to the default exchange with the original key loop back to the queue',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-queue', id: 'jobs', arguments: { 'x-message-ttl': 1000 }, policy: { 'dead-letter-exchange': '' } },
        ],
        connections: [{ from: 'api', to: 'jobs' }],
      },
      findings: [{ target: 'jobs' }],
    },
  ],
});
