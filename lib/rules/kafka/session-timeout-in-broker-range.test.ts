import { testRule } from '../rule-tester';
import { sessionTimeoutInBrokerRange } from './session-timeout-in-broker-range';

const topic = { kind: 'kafka-topic', id: 'orders', cluster: 'k' };
const consume = [{ from: 'orders', to: 'g' }];
const kafka = { id: 'k', name: 'k', broker: 'kafka' };

testRule(sessionTimeoutInBrokerRange, {
  valid: [
    { name: 'defaults', design: { clusters: [kafka], nodes: [topic, { kind: 'consumer-group', id: 'g' }], connections: consume } },
    {
      name: '20 minutes on Kafka',
      design: { clusters: [kafka], nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'session.timeout.ms': 1200000 } }], connections: consume },
    },
    {
      name: 'consumer protocol',
      design: {
        clusters: [kafka],
        nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'group.protocol': 'consumer', 'session.timeout.ms': 1000 } }],
        connections: consume,
      },
    },
  ],
  invalid: [
    {
      name: 'below the Kafka minimum',
      design: { clusters: [kafka], nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'session.timeout.ms': 3000 } }], connections: consume },
      findings: [{ target: 'g', messageIncludes: 'group.min.session.timeout.ms=6000' }],
      output: { nodes: { g: { kafka: { 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 2000 } } } },
    },
    {
      name: '20 minutes on Redpanda (max 5 minutes)',
      design: {
        clusters: [{ ...kafka, broker: 'redpanda' }],
        nodes: [topic, { kind: 'consumer-group', id: 'g', kafka: { 'session.timeout.ms': 1200000 } }],
        connections: consume,
      },
      findings: [{ target: 'g', messageIncludes: 'group_max_session_timeout_ms=300000' }],
      output: { nodes: { g: { kafka: { 'session.timeout.ms': 300000 } } } },
    },
    {
      name: 'a broker with a raised minimum',
      design: {
        clusters: [{ ...kafka, config: { 'group.min.session.timeout.ms': '60000' } }],
        nodes: [topic, { kind: 'consumer-group', id: 'g' }],
        connections: consume,
      },
      findings: [{ target: 'g', messageIncludes: 'session.timeout.ms=45000' }],
      output: { nodes: { g: { kafka: { 'session.timeout.ms': 60000 } } } },
    },
  ],
});
