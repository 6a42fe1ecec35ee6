import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { manualAckForAtLeastOnce } from './manual-ack-for-at-least-once';

const queue = { kind: 'rabbitmq-queue', id: 'orders' };
const consume = [{ from: 'orders', to: 'billing' }];

testRule(manualAckForAtLeastOnce, {
  valid: [
    { name: 'manual acks (default)', design: withWriter({ nodes: [queue, { kind: 'consumer-group', id: 'billing' }], connections: consume }, 'orders') },
    {
      name: 'auto acks on an at-most-once flow',
      design: withWriter({ requirements: { delivery: 'at-most-once' }, nodes: [queue, { kind: 'consumer-group', id: 'billing', ackMode: 'auto' }], connections: consume }, 'orders'),
    },
    {
      name: 'auto acks where only an at-most-once producer reaches the queue',
      design: {
        nodes: [
          { kind: 'producer', id: 'metrics', requirements: { delivery: 'at-most-once' } },
          { kind: 'rabbitmq-exchange', id: 'ex', type: 'direct' },
          queue,
          { kind: 'consumer-group', id: 'billing', ackMode: 'auto' },
        ],
        connections: [{ from: 'metrics', to: 'ex', routingKey: 'm' }, { from: 'ex', to: 'orders', routingKey: 'm' }, ...consume],
      },
    },
    {
      name: 'auto acks on a stream (reported by stream-unsupported-features)',
      design: withWriter(
        {
          nodes: [
            { ...queue, type: 'stream', arguments: { 'x-max-age': '7D' } },
            { kind: 'consumer-group', id: 'billing', ackMode: 'auto' },
          ],
          connections: consume,
        },
        'orders',
      ),
    },
  ],
  invalid: [
    {
      name: 'auto acks on the default at-least-once flow',
      design: withWriter({ nodes: [queue, { kind: 'consumer-group', id: 'billing', ackMode: 'auto' }], connections: consume }, 'orders'),
      findings: [{ target: 'billing', messageIncludes: '"orders"' }],
      output: { nodes: { billing: { ackMode: 'manual' } } },
    },
    {
      name: 'auto acks where an at-least-once producer routes into the queue',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [
          { kind: 'producer', id: 'api', requirements: { delivery: 'at-least-once' } },
          { kind: 'rabbitmq-exchange', id: 'ex', type: 'topic' },
          queue,
          { kind: 'consumer-group', id: 'billing', ackMode: 'auto' },
        ],
        connections: [{ from: 'api', to: 'ex', routingKey: 'order.created' }, { from: 'ex', to: 'orders', routingKey: 'order.*' }, ...consume],
      },
      findings: [{ target: 'billing', messageIncludes: 'at-least-once' }],
      output: { nodes: { billing: { ackMode: 'manual' } } },
    },
  ],
});
