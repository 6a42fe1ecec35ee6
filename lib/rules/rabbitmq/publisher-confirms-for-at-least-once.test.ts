import { testRule } from '../rule-tester';
import { publisherConfirmsForAtLeastOnce } from './publisher-confirms-for-at-least-once';

const exchange = { kind: 'rabbitmq-exchange', id: 'orders' };
const publish = [{ from: 'api', to: 'orders', routingKey: 'order.created' }];

testRule(publisherConfirmsForAtLeastOnce, {
  valid: [
    { name: 'confirms on (default)', design: { nodes: [{ kind: 'producer', id: 'api' }, exchange], connections: publish } },
    {
      name: 'no confirms on an at-most-once flow',
      design: { requirements: { delivery: 'at-most-once' }, nodes: [{ kind: 'producer', id: 'api', rabbitmq: { confirms: false } }, exchange], connections: publish },
    },
    {
      name: 'no confirms, but the producer publishes only to Kafka',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', rabbitmq: { confirms: false } },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
    },
  ],
  invalid: [
    {
      name: 'no confirms on the default at-least-once flow',
      design: { nodes: [{ kind: 'producer', id: 'api', rabbitmq: { confirms: false } }, exchange], connections: publish },
      findings: [{ target: 'api', messageIncludes: 'at-least-once' }],
      output: { nodes: { api: { rabbitmq: { confirms: true } } } },
    },
    {
      name: 'no confirms publishing straight to a queue, exactly-once override',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [
          { kind: 'producer', id: 'api', rabbitmq: { confirms: false }, requirements: { delivery: 'exactly-once' } },
          { kind: 'rabbitmq-queue', id: 'jobs' },
        ],
        connections: [{ from: 'api', to: 'jobs' }],
      },
      findings: [{ target: 'api', messageIncludes: 'exactly-once' }],
      output: { nodes: { api: { rabbitmq: { confirms: true } } } },
    },
  ],
});
