import { testRule } from '../rule-tester';
import { txnInfra } from './txn-infra';

const tx = (id: string, kafka: Record<string, unknown> = {}) => ({ kind: 'producer', id, kafka: { 'transactional.id': `${id}-tx`, ...kafka } });
const topic = { kind: 'kafka-topic', id: 't', cluster: 'k' };

testRule(txnInfra, {
  valid: [
    {
      name: 'three brokers, default timeouts',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka' }], nodes: [tx('a'), topic], connections: [{ from: 'a', to: 't' }] },
    },
    {
      name: 'a small cluster without transactions',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 1 }], nodes: [{ kind: 'producer', id: 'a' }, topic], connections: [{ from: 'a', to: 't' }] },
    },
  ],
  invalid: [
    {
      name: 'two transactional producers on a two-broker cluster',
      design: {
        clusters: [{ id: 'k', name: 'main', broker: 'kafka', nodes: 2 }],
        nodes: [tx('a'), tx('b'), topic],
        connections: [
          { from: 'a', to: 't' },
          { from: 'b', to: 't' },
        ],
      },
      findings: [{ messageIncludes: 'transactional producers "a", "b" cannot start' }],
      output: { design: { clusters: [{ id: 'k', nodes: 3 }] } },
    },
    {
      name: 'a timeout above the Redpanda cap',
      design: {
        clusters: [{ id: 'k', name: 'rp', broker: 'redpanda', nodes: 1 }],
        nodes: [tx('a', { 'transaction.timeout.ms': 1800000 }), topic],
        connections: [{ from: 'a', to: 't' }],
      },
      findings: [{ messageIncludes: 'transaction_max_timeout_ms=900000 is below the transaction.timeout.ms of "a"' }],
      output: { nodes: { a: { kafka: { 'transaction.timeout.ms': 900000 } } } },
    },
    {
      name: 'a topic without a cluster meets the default cap',
      design: { nodes: [tx('a', { 'transaction.timeout.ms': 1000000 }), { kind: 'kafka-topic', id: 't' }], connections: [{ from: 'a', to: 't' }] },
      findings: [{ messageIncludes: 'On the default broker settings' }],
      output: { nodes: { a: { kafka: { 'transaction.timeout.ms': 900000 } } } },
    },
  ],
});
