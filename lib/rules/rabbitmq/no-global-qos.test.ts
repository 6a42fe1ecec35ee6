import { testRule } from '../rule-tester';
import { noGlobalQos } from './no-global-qos';

const classic = { kind: 'rabbitmq-queue', id: 'orders', type: 'classic' };
const consume = [{ from: 'orders', to: 'billing' }];

testRule(noGlobalQos, {
  valid: [
    { name: 'per-consumer prefetch', design: { nodes: [classic, { kind: 'consumer-group', id: 'billing' }], connections: consume } },
    {
      name: 'global QoS on a quorum queue (qos-vs-queue-type reports it)',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'orders' },
          { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: true } },
        ],
        connections: consume,
      },
    },
  ],
  invalid: [
    {
      name: 'global QoS on a classic queue',
      design: { nodes: [classic, { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: true } }], connections: consume },
      findings: [{ target: 'billing', messageIncludes: 'deprecated' }],
      output: { nodes: { billing: { rabbitmq: { globalQos: false } } } },
    },
  ],
});
