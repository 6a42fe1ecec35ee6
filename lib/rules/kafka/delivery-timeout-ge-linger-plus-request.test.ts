import { testRule } from '../rule-tester';
import { deliveryTimeoutGeLingerPlusRequest } from './delivery-timeout-ge-linger-plus-request';

const topic = { kind: 'kafka-topic', id: 'orders' };
const publish = [{ from: 'api', to: 'orders' }];

testRule(deliveryTimeoutGeLingerPlusRequest, {
  valid: [
    { name: 'all defaults', design: { nodes: [{ kind: 'producer', id: 'api' }, topic], connections: publish } },
    {
      name: 'unset delivery timeout with a large request timeout (the client adjusts it)',
      design: { nodes: [{ kind: 'producer', id: 'api', kafka: { 'request.timeout.ms': 200000 } }, topic], connections: publish },
    },
    {
      name: 'exactly linger + request',
      design: {
        nodes: [{ kind: 'producer', id: 'api', kafka: { 'delivery.timeout.ms': 30010, 'linger.ms': 10, 'request.timeout.ms': 30000 } }, topic],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: 'delivery timeout below the defaults of the other two',
      design: { nodes: [{ kind: 'producer', id: 'api', kafka: { 'delivery.timeout.ms': 10000 } }, topic], connections: publish },
      findings: [{ target: 'api', messageIncludes: '30005' }],
      output: { nodes: { api: { kafka: { 'delivery.timeout.ms': 30005 } } } },
    },
  ],
});
