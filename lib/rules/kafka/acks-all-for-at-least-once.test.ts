import { testRule } from '../rule-tester';
import { acksAllForAtLeastOnce } from './acks-all-for-at-least-once';

const topic = { kind: 'kafka-topic', id: 'orders' };

testRule(acksAllForAtLeastOnce, {
  valid: [
    { name: 'acks=all', design: { nodes: [{ kind: 'producer', id: 'api' }, topic], connections: [{ from: 'api', to: 'orders' }] } },
    {
      name: 'acks=1 on an at-most-once flow',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [{ kind: 'producer', id: 'api', kafka: { acks: '1' } }, topic],
        connections: [{ from: 'api', to: 'orders' }],
      },
    },
    {
      name: 'acks=0 on a producer that publishes only to RabbitMQ',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', kafka: { acks: '0' } },
          { kind: 'rabbitmq-exchange', id: 'ex' },
        ],
        connections: [{ from: 'api', to: 'ex' }],
      },
    },
  ],
  invalid: [
    {
      name: 'acks=1 on the default at-least-once flow',
      design: { nodes: [{ kind: 'producer', id: 'api', kafka: { acks: '1' } }, topic], connections: [{ from: 'api', to: 'orders' }] },
      findings: [{ target: 'api', messageIncludes: 'acks=1' }],
      output: { nodes: { api: { kafka: { acks: 'all' } } } },
    },
    {
      name: 'acks=0 when the producer overrides delivery to exactly-once',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [{ kind: 'producer', id: 'api', kafka: { acks: 0 }, requirements: { delivery: 'exactly-once' } }, topic],
        connections: [{ from: 'api', to: 'orders' }],
      },
      findings: [{ target: 'api', messageIncludes: 'exactly-once' }],
    },
  ],
});
