import { testRule } from '../rule-tester';
import { lockCoversProcessing } from './lock-covers-processing';

const queue = (fields: Record<string, unknown>, p99: number) => ({
  nodes: [
    { kind: 'servicebus-queue', id: 'q', ...fields },
    { kind: 'consumer-group', id: 'c', processingMsP99: p99 },
  ],
  connections: [{ from: 'q', to: 'c' }],
});

testRule(lockCoversProcessing, {
  valid: [
    { name: 'the default 60 s lock covers a 200 ms handler', design: queue({}, 200) },
    { name: 'a 5 minute lock over a 2 minute handler', design: queue({ lockDurationSeconds: 300 }, 120_000) },
    { name: 'a queue nobody receives from', design: { nodes: [{ kind: 'servicebus-queue', id: 'q', lockDurationSeconds: 5 }], connections: [] } },
  ],
  invalid: [
    {
      name: 'the default 60 s lock under a 90 s handler',
      design: queue({}, 90_000),
      findings: [{ target: 'q', messageIncludes: 'locks a message for 60s, but "c" takes 90s at p99' }],
      output: { nodes: { q: { lockDurationSeconds: 180 } } },
    },
    {
      name: 'a subscription with a 10 s lock under a 30 s handler',
      design: {
        nodes: [
          { kind: 'servicebus-topic', id: 't' },
          { kind: 'servicebus-subscription', id: 's', lockDurationSeconds: 10 },
          { kind: 'consumer-group', id: 'c', processingMsP99: 30_000 },
        ],
        connections: [
          { from: 't', to: 's' },
          { from: 's', to: 'c' },
        ],
      },
      findings: [{ target: 's', messageIncludes: 'locks a message for 10s' }],
      output: { nodes: { s: { lockDurationSeconds: 60 } } },
    },
    {
      name: 'a handler slower than the longest lock: renewal, no fix',
      design: queue({ lockDurationSeconds: 300 }, 600_000),
      findings: [{ target: 'q', messageIncludes: 'beyond the longest Service Bus lock (300s)' }],
    },
  ],
});
