import { testRule } from '../rule-tester';
import { ackTimeoutBelowProcessing } from './ack-timeout-below-processing';

const flow = (ackTimeoutMillis: number | undefined, p99s: number[]) => ({
  requirements: { ordering: 'none' },
  nodes: [
    { kind: 'pulsar-topic', id: 't' },
    { kind: 'pulsar-subscription', id: 's', subscriptionType: 'Shared', ...(ackTimeoutMillis === undefined ? {} : { ackTimeoutMillis }) },
    ...p99s.map((p99, i) => ({ kind: 'consumer-group', id: `c${i}`, processingMsP50: 10, processingMsP99: p99 })),
  ],
  connections: [{ from: 't', to: 's' }, ...p99s.map((_, i) => ({ from: 's', to: `c${i}` }))],
});

testRule(ackTimeoutBelowProcessing, {
  valid: [
    { name: 'no ack timeout (the client default)', design: flow(undefined, [120_000]) },
    { name: 'an ack timeout above the p99', design: flow(30_000, [5_000]) },
  ],
  invalid: [
    {
      name: 'an ack timeout below the p99',
      design: flow(10_000, [12_500]),
      findings: [{ target: 's', messageIncludes: 'takes up to 12500 ms' }],
      output: { nodes: { s: { ackTimeoutMillis: 25_000 } } },
    },
    {
      name: 'the slowest of two consumers decides',
      design: flow(5_000, [1_000, 8_000]),
      findings: [{ target: 's', messageIncludes: 'consumer "c1"' }],
      output: { nodes: { s: { ackTimeoutMillis: 16_000 } } },
    },
  ],
});
