import { testRule } from '../rule-tester';
import { heartbeatBelowSessionThird } from './heartbeat-below-session-third';

const topic = { kind: 'kafka-topic', id: 'orders' };
const consume = [{ from: 'orders', to: 'g' }];

testRule(heartbeatBelowSessionThird, {
  valid: [
    { name: 'defaults', design: { nodes: [topic, { kind: 'consumer-group', id: 'g' }], connections: consume } },
    {
      name: 'exactly a third',
      design: { nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'session.timeout.ms': 9000, 'heartbeat.interval.ms': 3000 } }], connections: consume },
    },
    {
      name: 'consumer protocol: the broker decides',
      design: {
        nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'group.protocol': 'consumer', 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 5000 } }],
        connections: consume,
      },
    },
  ],
  invalid: [
    {
      name: 'a short session with the default heartbeat',
      design: { nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'session.timeout.ms': 6000 } }], connections: consume },
      findings: [{ target: 'g', messageIncludes: 'more than a third' }],
      output: { nodes: { g: { kafka: { 'heartbeat.interval.ms': 2000 } } } },
    },
    {
      name: 'heartbeat above the session timeout',
      design: { nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'heartbeat.interval.ms': 60000 } }], connections: consume },
      findings: [{ target: 'g', messageIncludes: 'not even below it' }],
      output: { nodes: { g: { kafka: { 'heartbeat.interval.ms': 15000 } } } },
    },
  ],
});
