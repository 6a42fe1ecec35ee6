import { testRule } from '../rule-tester';
import { qqDeliveryLimitEnabled } from './qq-delivery-limit-enabled';

const v313 = [{ id: 'r', name: 'r', broker: 'rabbitmq', version: '3.13' }];

testRule(qqDeliveryLimitEnabled, {
  valid: [
    { name: 'default on 4.x', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] } },
    { name: 'explicit limit on 3.13', design: { clusters: v313, nodes: [{ kind: 'rabbitmq-queue', id: 'q', cluster: 'r', arguments: { 'x-delivery-limit': 5 } }] } },
    { name: 'unset on 3.13 without consumers (a retry queue)', design: { clusters: v313, nodes: [{ kind: 'rabbitmq-queue', id: 'q', cluster: 'r' }] } },
  ],
  invalid: [
    {
      name: 'explicit -1',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-delivery-limit': -1 } }] },
      findings: [{ target: 'q', messageIncludes: 'disables' }],
      output: { nodes: { q: { arguments: { 'x-delivery-limit': 20 } } } },
    },
    {
      name: 'policy -1',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', policy: { 'delivery-limit': -1 } }] },
      findings: [{ target: 'q', messageIncludes: 'disables' }],
      output: { nodes: { q: { arguments: { 'x-delivery-limit': 20 } } } },
    },
    {
      name: 'unset on 3.13 with a consumer',
      design: {
        clusters: v313,
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q', cluster: 'r' },
          { kind: 'consumer-group', id: 'c' },
        ],
        connections: [{ from: 'q', to: 'c' }],
      },
      findings: [{ target: 'q', messageIncludes: 'RabbitMQ 3.13' }],
      output: { nodes: { q: { arguments: { 'x-delivery-limit': 20 } } } },
    },
  ],
});
