import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { orderedQueueSingleActiveConsumer } from './ordered-queue-single-active-consumer';

const design = (queue: Record<string, unknown>, instances: number, ordering = 'per-key') => ({
  requirements: { ordering },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'rabbitmq-queue', id: 'q', ...queue },
    { kind: 'consumer-group', id: 'c', instances },
  ],
  connections: [
    { from: 'p', to: 'q' },
    { from: 'q', to: 'c' },
  ],
});

testRule(orderedQueueSingleActiveConsumer, {
  valid: [
    { name: 'single active consumer', design: design({ arguments: { 'x-single-active-consumer': true } }, 3) },
    { name: 'one consumer instance', design: design({}, 1) },
    { name: 'unordered work queue', design: design({}, 5, 'none') },
    { name: 'stream', design: design({ type: 'stream', arguments: { 'x-max-age': '7D' } }, 3) },
  ],
  invalid: [
    {
      name: 'three instances on a per-key ordered flow',
      design: design({}, 3),
      findings: [{ target: 'q', messageIncludes: '3 competing consumer instances' }],
      output: { nodes: { q: { arguments: { 'x-single-active-consumer': true } } } },
    },
    {
      name: 'two groups of one on a strict flow',
      design: withWriter(
        {
          requirements: { ordering: 'strict' },
          nodes: [
            { kind: 'rabbitmq-queue', id: 'q', type: 'classic' },
            { kind: 'consumer-group', id: 'a' },
            { kind: 'consumer-group', id: 'b' },
          ],
          connections: [
            { from: 'q', to: 'a' },
            { from: 'q', to: 'b' },
          ],
        },
        'q',
      ),
      findings: [{ target: 'q', messageIncludes: 'strict-ordered' }],
      output: { nodes: { q: { arguments: { 'x-single-active-consumer': true } } } },
    },
  ],
});
