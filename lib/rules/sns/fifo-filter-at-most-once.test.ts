import { testRule } from '../rule-tester';
import { fifoFilterAtMostOnce } from './fifo-filter-at-most-once';

const design = (delivery: string, filterPolicy: string | undefined, fifo = true) => ({
  nodes: [
    { kind: 'producer', id: 'api', requirements: { delivery } },
    { kind: 'sns-topic', id: 't', name: fifo ? 't.fifo' : 't', fifo },
    { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true },
  ],
  connections: [
    { from: 'api', to: 't' },
    { from: 't', to: 'q', ...(filterPolicy !== undefined ? { filterPolicy } : {}) },
  ],
});

testRule(fifoFilterAtMostOnce, {
  valid: [
    { name: 'exactly-once without a filter', design: design('exactly-once', undefined) },
    { name: 'an empty filter policy filters nothing', design: design('exactly-once', ' { } ') },
    { name: 'at-least-once with a filter', design: design('at-least-once', '{"a":["b"]}') },
    { name: 'standard topic', design: design('exactly-once', '{"a":["b"]}', false) },
  ],
  invalid: [{ name: 'exactly-once with a filter', design: design('exactly-once', '{"a":["b"]}'), findings: [{ target: 't--q', messageIncludes: 'at-most-once' }] }],
});
