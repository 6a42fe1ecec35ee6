import { testRule } from '../rule-tester';
import { orderingSinglePublishingChannel } from './ordering-single-publishing-channel';

const design = (producers: Array<Record<string, unknown>>, ordering = 'strict') => ({
  requirements: { ordering },
  nodes: [...producers.map((p, i) => ({ kind: 'producer', id: `p${i}`, ...p })), { kind: 'rabbitmq-queue', id: 'q' }],
  connections: producers.map((_, i) => ({ from: `p${i}`, to: 'q' })),
});

testRule(orderingSinglePublishingChannel, {
  valid: [
    { name: 'one producer, one instance, one channel', design: design([{}]) },
    { name: 'several instances on a per-key flow', design: design([{ instances: 4 }], 'per-key') },
    {
      name: 'one strictly ordered publisher beside an unordered one with many channels',
      design: design([{}, { instances: 3, rabbitmq: { channels: 4 }, requirements: { ordering: 'none' } }]),
    },
  ],
  invalid: [
    { name: 'three instances', design: design([{ instances: 3 }]), findings: [{ target: 'q', messageIncludes: '3 publishing channels' }] },
    { name: 'two producers', design: design([{}, {}]), findings: [{ target: 'q', messageIncludes: '"p0" × 1, "p1" × 1' }] },
    {
      name: 'one instance with two channels',
      design: design([{ rabbitmq: { channels: 2 } }]),
      findings: [{ target: 'q', messageIncludes: '2 publishing channels' }],
      output: { nodes: { p0: { rabbitmq: { channels: 1 } } } },
    },
  ],
});
