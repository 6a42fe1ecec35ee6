import { testRule } from '../rule-tester';
import { requestTimeoutGtReplicaLag } from './request-timeout-gt-replica-lag';

const kafka = { id: 'k', name: 'k', broker: 'kafka' };
const topic = { kind: 'kafka-topic', id: 'orders', cluster: 'k' };
const publish = [{ from: 'api', to: 'orders' }];

testRule(requestTimeoutGtReplicaLag, {
  valid: [
    { name: 'Kafka defaults (both 30 s) are left alone', design: { clusters: [kafka], nodes: [{ kind: 'producer', id: 'api' }, topic], connections: publish } },
    {
      name: 'request timeout above the lag',
      design: { clusters: [kafka], nodes: [{ kind: 'producer', id: 'api', kafka: { 'request.timeout.ms': 40000 } }, topic], connections: publish },
    },
    {
      name: 'Redpanda has no ISR lag setting',
      design: {
        clusters: [{ ...kafka, broker: 'redpanda' }],
        nodes: [{ kind: 'producer', id: 'api', kafka: { 'request.timeout.ms': 1000 } }, topic],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: 'a short request timeout',
      design: { clusters: [kafka], nodes: [{ kind: 'producer', id: 'api', kafka: { 'request.timeout.ms': 10000 } }, topic], connections: publish },
      findings: [{ target: 'api', messageIncludes: 'replica.lag.time.max.ms=30000' }],
      output: { nodes: { api: { kafka: { 'request.timeout.ms': 45000 } } } },
    },
    {
      name: 'a broker with a long replica lag, and a delivery timeout that must grow with the fix',
      design: {
        clusters: [{ ...kafka, config: { 'replica.lag.time.max.ms': '60000' } }],
        nodes: [{ kind: 'producer', id: 'api', kafka: { 'delivery.timeout.ms': 60000 } }, topic],
        connections: publish,
      },
      findings: [{ target: 'api', messageIncludes: 'request.timeout.ms=30000' }],
      output: { nodes: { api: { kafka: { 'request.timeout.ms': 75000, 'delivery.timeout.ms': 75005 } } } },
    },
  ],
});
