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
    {
      name: 'a custom assignor on a cluster that declares its assignors',
      design: {
        clusters: [{ id: 'k', name: 'k', broker: 'kafka', config: { 'group.consumer.assignors': 'com.example.StickyServerAssignor' } }],
        nodes: [
          { ...topic, cluster: 'k' },
          { kind: 'consumer-group', id: 'g', kafka: { 'group.protocol': 'consumer', 'group.remote.assignor': 'sticky-server' } },
        ],
        connections: consume,
      },
    },
  ],
  invalid: [
    {
      // A Kafka 4.1 broker answers UNSUPPORTED_ASSIGNOR and the consumer stops (lib/exporters/kafka-broker.test.ts).
      name: 'an assignor the broker does not offer',
      design: {
        nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'group.protocol': 'consumer', 'group.remote.assignor': 'sticky' } }],
        connections: consume,
      },
      findings: [{ target: 'g', messageIncludes: '"sticky", which brokers do not offer' }],
      output: { nodes: { g: { kafka: { 'group.protocol': 'consumer', 'group.remote.assignor': 'uniform' } } } },
    },
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
