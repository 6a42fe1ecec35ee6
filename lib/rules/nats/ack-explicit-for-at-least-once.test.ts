import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { ackExplicitForAtLeastOnce } from './ack-explicit-for-at-least-once';

const stream = { kind: 'nats-stream', id: 'events', subjects: ['events.>'] };

testRule(ackExplicitForAtLeastOnce, {
  valid: [
    {
      name: 'explicit acks (the default)',
      design: withWriter({ nodes: [stream, { kind: 'consumer-group', id: 'svc' }], connections: [{ from: 'events', to: 'svc' }] }, 'events'),
    },
    {
      name: 'AckNone on an at-most-once design',
      design: withWriter(
        {
          requirements: { delivery: 'at-most-once' },
          nodes: [stream, { kind: 'consumer-group', id: 'svc', nats: { ack_policy: 'none' } }],
          connections: [{ from: 'events', to: 'svc' }],
        },
        'events',
      ),
    },
    {
      name: 'AckNone on a filter that only receives an at-most-once producer',
      design: {
        nodes: [
          { kind: 'producer', id: 'metrics', requirements: { delivery: 'at-most-once' } },
          { kind: 'producer', id: 'orders' },
          stream,
          { kind: 'consumer-group', id: 'dash', nats: { ack_policy: 'none', filter_subjects: ['events.metrics.>'] } },
        ],
        connections: [
          { from: 'metrics', to: 'events', subject: 'events.metrics.cpu' },
          { from: 'orders', to: 'events', subject: 'events.orders.created' },
          { from: 'events', to: 'dash' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'AckNone on the default flow',
      design: withWriter({ nodes: [stream, { kind: 'consumer-group', id: 'svc', nats: { ack_policy: 'none' } }], connections: [{ from: 'events', to: 'svc' }] }, 'events'),
      findings: [{ target: 'svc', messageIncludes: 'ack_policy=none' }],
      output: { nodes: { svc: { nats: { ack_policy: 'explicit', max_deliver: 5 } } } },
    },
    {
      name: 'AckNone on a filter that receives an exactly-once producer',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [
          { kind: 'producer', id: 'orders', requirements: { delivery: 'exactly-once' } },
          stream,
          { kind: 'consumer-group', id: 'svc', nats: { ack_policy: 'none', filter_subjects: ['events.*.created'] } },
        ],
        connections: [
          { from: 'orders', to: 'events', subject: 'events.orders.created' },
          { from: 'events', to: 'svc' },
        ],
      },
      findings: [{ target: 'svc', messageIncludes: 'exactly-once' }],
    },
  ],
});
