import { testRule } from '../rule-tester';
import { noPollingConsumers } from './no-polling-consumers';

const queue = { kind: 'rabbitmq-queue', id: 'orders' };
const consume = [{ from: 'orders', to: 'billing' }];

testRule(noPollingConsumers, {
  valid: [{ name: 'subscribing consumer', design: { nodes: [queue, { kind: 'consumer-group', id: 'billing' }], connections: consume } }],
  invalid: [
    {
      name: 'polling consumer',
      design: { nodes: [queue, { kind: 'consumer-group', id: 'billing', rabbitmq: { basicGet: true } }], connections: consume },
      findings: [{ target: 'billing', messageIncludes: 'basic.get' }],
      output: { nodes: { billing: { rabbitmq: { basicGet: false } } } },
    },
  ],
});
