import { testRule } from '../rule-tester';
import { maxPollIntervalCoversBatch } from './max-poll-interval-covers-batch';

const topic = { kind: 'kafka-topic', id: 'orders' };
const consume = [{ from: 'orders', to: 'g' }];

testRule(maxPollIntervalCoversBatch, {
  valid: [
    { name: 'defaults (500 × 200 ms < 300 s)', design: { nodes: [topic, { kind: 'consumer-group', id: 'g' }], connections: consume } },
    {
      name: 'slow but asynchronous',
      design: { nodes: [topic, { kind: 'consumer-group', id: 'g', asyncProcessing: true, processingMsP99: 5000 }], connections: consume },
    },
  ],
  invalid: [
    {
      name: '500 records of 1 s each',
      design: { nodes: [topic, { kind: 'consumer-group', id: 'g', processingMsP99: 1000 }], connections: consume },
      findings: [{ target: 'g', messageIncludes: '500000 ms' }],
      output: { nodes: { g: { kafka: { 'max.poll.records': 150 } } } },
    },
    {
      name: 'one record is slower than the interval',
      design: {
        nodes: [topic, { kind: 'consumer-group', id: 'g', processingMsP99: 400000, kafka: { 'max.poll.records': 10 } }],
        connections: consume,
      },
      findings: [{ target: 'g' }],
      output: { nodes: { g: { kafka: { 'max.poll.records': 1, 'max.poll.interval.ms': 800000 } } } },
    },
  ],
});
