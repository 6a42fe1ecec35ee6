import { testRule } from '../rule-tester';
import { remoteAssignorNeedsConsumerProtocol } from './remote-assignor-needs-consumer-protocol';

const topic = { kind: 'kafka-topic', id: 'orders' };
const consume = [{ from: 'orders', to: 'g' }];

testRule(remoteAssignorNeedsConsumerProtocol, {
  valid: [
    { name: 'no remote assignor', design: { nodes: [topic, { kind: 'consumer-group', id: 'g' }], connections: consume } },
    {
      name: 'remote assignor with the consumer protocol',
      design: {
        nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'group.protocol': 'consumer', 'group.remote.assignor': 'range' } }],
        connections: consume,
      },
    },
  ],
  invalid: [
    {
      name: 'remote assignor with the default (classic) protocol',
      design: {
        nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'group.remote.assignor': 'uniform', 'session.timeout.ms': 30000 } }],
        connections: consume,
      },
      findings: [{ target: 'g', messageIncludes: 'group.remote.assignor=uniform' }],
      output: { nodes: { g: { kafka: { 'group.protocol': 'consumer', 'group.remote.assignor': 'uniform' } } } },
    },
    {
      name: 'remote assignor with group.protocol=classic',
      design: {
        nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'group.protocol': 'classic', 'group.remote.assignor': 'uniform' } }],
        connections: consume,
      },
      findings: [{ target: 'g' }],
      output: { nodes: { g: { kafka: { 'group.protocol': 'consumer' } } } },
    },
  ],
});
