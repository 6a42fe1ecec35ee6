import { testRule } from '../rule-tester';
import { standardIdempotentConsumer } from './standard-idempotent-consumer';

const design = (queue: Record<string, unknown>, idempotent: boolean) => ({
  nodes: [
    { kind: 'sqs-queue', id: 'q', ...queue },
    { kind: 'consumer-group', id: 'worker', idempotent },
  ],
  connections: [{ from: 'q', to: 'worker' }],
});

testRule(standardIdempotentConsumer, {
  valid: [
    { name: 'idempotent consumer', design: design({}, true) },
    { name: 'FIFO queue deduplicates', design: design({ fifo: true, name: 'q.fifo' }, false) },
  ],
  invalid: [
    { name: 'plain consumer of a standard queue', design: design({}, false), findings: [{ target: 'worker', messageIncludes: 'standard queue "q"' }] },
    {
      name: 'one finding per consumer, however many queues',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'a' },
          { kind: 'sqs-queue', id: 'b' },
          { kind: 'consumer-group', id: 'worker' },
        ],
        connections: [
          { from: 'a', to: 'worker' },
          { from: 'b', to: 'worker' },
        ],
      },
      findings: [{ target: 'worker', messageIncludes: '"a", "b"' }],
    },
  ],
});
