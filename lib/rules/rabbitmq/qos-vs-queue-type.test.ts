import { testRule } from '../rule-tester';
import { qosVsQueueType } from './qos-vs-queue-type';

const consume = [{ from: 'orders', to: 'billing' }];
const globalQos = { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: true } };

testRule(qosVsQueueType, {
  valid: [
    {
      name: 'per-consumer prefetch on a quorum queue',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'orders' },
          { kind: 'consumer-group', id: 'billing' },
        ],
        connections: consume,
      },
    },
    { name: 'global QoS on a classic queue (deprecated, not an error)', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'classic' }, globalQos], connections: consume } },
  ],
  invalid: [
    {
      name: 'global QoS on a quorum queue',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'orders' }, globalQos], connections: consume },
      findings: [{ target: 'billing', messageIncludes: 'quorum queue "orders"' }],
      output: { nodes: { billing: { rabbitmq: { globalQos: false } } } },
    },
    {
      name: 'global QoS on a stream',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'stream', arguments: { 'x-max-age': '7D' } }, globalQos], connections: consume },
      findings: [{ target: 'billing', messageIncludes: 'stream "orders"' }],
      output: { nodes: { billing: { rabbitmq: { globalQos: false } } } },
    },
  ],
});
