import { testRule } from '../rule-tester';
import { durableConsumerForServices } from './durable-consumer-for-services';

testRule(durableConsumerForServices, {
  valid: [
    {
      name: 'durable (the default)',
      design: {
        nodes: [
          { kind: 'nats-stream', id: 's' },
          { kind: 'consumer-group', id: 'svc' },
        ],
        connections: [{ from: 's', to: 'svc' }],
      },
    },
    {
      name: 'a non-durable flag on a Kafka consumer',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 't' },
          { kind: 'consumer-group', id: 'svc', nats: { durable: false } },
        ],
        connections: [{ from: 't', to: 'svc' }],
      },
    },
  ],
  invalid: [
    {
      name: 'ephemeral',
      design: {
        nodes: [
          { kind: 'nats-stream', id: 's' },
          { kind: 'consumer-group', id: 'svc', nats: { durable: false } },
        ],
        connections: [{ from: 's', to: 'svc' }],
      },
      findings: [{ target: 'svc', messageIncludes: 'ephemeral' }],
      output: { nodes: { svc: { nats: { durable: true } } } },
    },
  ],
});
