import { testRule } from '../rule-tester';
import { fanoutChain } from './fanout-chain';

const chain = (topic: Record<string, unknown>, queue: Record<string, unknown>, subscription: Record<string, unknown> = {}, producer: Record<string, unknown> = {}) => ({
  nodes: [
    { kind: 'producer', id: 'api', ...producer },
    { kind: 'sns-topic', id: 't', ...topic },
    { kind: 'sqs-queue', id: 'q', ...queue },
  ],
  connections: [
    { from: 'api', to: 't' },
    { from: 't', to: 'q', ...subscription },
  ],
});
const fifo = (name: string) => ({ name, fifo: true });

testRule(fanoutChain, {
  valid: [
    { name: 'standard to standard', design: chain({}, {}) },
    { name: 'FIFO to FIFO', design: chain(fifo('t.fifo'), fifo('q.fifo')) },
    { name: 'FIFO topic to a standard queue', design: chain(fifo('t.fifo'), {}) },
    { name: 'a separate subscription DLQ', design: { ...chain({}, {}, { deadLetterQueue: 'dlq' }), nodes: [...chain({}, {}).nodes, { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter' }] } },
    { name: 'messages within the queue limit', design: chain({}, { maximumMessageSize: 262_144 }, {}, { messageSizeBytes: 262_144 }) },
  ],
  invalid: [
    { name: 'standard topic to a FIFO queue', design: chain({}, fifo('q.fifo')), findings: [{ target: 't--q', messageIncludes: 'SNS refuses the subscription' }] },
    { name: 'the endpoint as its own DLQ', design: chain({}, {}, { deadLetterQueue: 'q' }), findings: [{ target: 't--q', messageIncludes: 'same queue as its dead-letter queue' }] },
    {
      name: 'producer messages larger than the subscribed queue accepts',
      design: chain({}, { maximumMessageSize: 65_536 }, {}, { messageSizeBytes: 100_000 }),
      findings: [{ target: 't--q', messageIncludes: 'up to 100000 bytes to topic "t", but subscribed queue "q" accepts at most 65536 bytes' }],
    },
  ],
});
