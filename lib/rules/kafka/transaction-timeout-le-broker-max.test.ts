import { testRule } from '../rule-tester';
import { transactionTimeoutLeBrokerMax } from './transaction-timeout-le-broker-max';

const topic = { kind: 'kafka-topic', id: 'ledger', cluster: 'k' };
const publish = [{ from: 'pay', to: 'ledger' }];
const kafka = { id: 'k', name: 'k', broker: 'kafka' };

testRule(transactionTimeoutLeBrokerMax, {
  valid: [
    { name: 'default timeout', design: { clusters: [kafka], nodes: [{ kind: 'producer', id: 'pay', kafka: { 'transactional.id': 'tx' } }, topic], connections: publish } },
    {
      name: 'a long timeout on a non-transactional producer',
      design: { clusters: [kafka], nodes: [{ kind: 'producer', id: 'pay', kafka: { 'transaction.timeout.ms': 3600000 } }, topic], connections: publish },
    },
    {
      name: 'a broker that allows long transactions',
      design: {
        clusters: [{ ...kafka, config: { 'transaction.max.timeout.ms': 3600000 } }],
        nodes: [{ kind: 'producer', id: 'pay', kafka: { 'transactional.id': 'tx', 'transaction.timeout.ms': 3600000 } }, topic],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: 'an hour on the Kafka default cap',
      design: {
        clusters: [kafka],
        nodes: [{ kind: 'producer', id: 'pay', kafka: { 'transactional.id': 'tx', 'transaction.timeout.ms': 3600000 } }, topic],
        connections: publish,
      },
      findings: [{ target: 'pay', messageIncludes: 'transaction.max.timeout.ms=900000' }],
      output: { nodes: { pay: { kafka: { 'transaction.timeout.ms': 900000 } } } },
    },
    {
      name: 'a Redpanda cluster with a lowered cap',
      design: {
        clusters: [{ ...kafka, broker: 'redpanda', config: { transaction_max_timeout_ms: 30000 } }],
        nodes: [{ kind: 'producer', id: 'pay', kafka: { 'transactional.id': 'tx' } }, topic],
        connections: publish,
      },
      findings: [{ target: 'pay', messageIncludes: 'transaction_max_timeout_ms=30000' }],
      output: { nodes: { pay: { kafka: { 'transaction.timeout.ms': 30000 } } } },
    },
  ],
});
