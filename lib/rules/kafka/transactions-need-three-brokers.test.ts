import { testRule } from '../rule-tester';
import { transactionsNeedThreeBrokers } from './transactions-need-three-brokers';

const producer = { kind: 'producer', id: 'pay', kafka: { 'transactional.id': 'tx' } };
const topic = { kind: 'kafka-topic', id: 'ledger', cluster: 'k' };
const publish = [{ from: 'pay', to: 'ledger' }];

testRule(transactionsNeedThreeBrokers, {
  valid: [
    { name: '3 brokers', design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka' }], nodes: [producer, topic], connections: publish } },
    {
      name: 'not transactional',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 1 }], nodes: [{ kind: 'producer', id: 'pay' }, topic], connections: publish },
    },
    {
      name: 'a single Redpanda broker',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'redpanda', nodes: 1 }], nodes: [producer, topic], connections: publish },
    },
    {
      name: 'a development broker with the state log sized down',
      design: {
        clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 1, config: { 'transaction.state.log.replication.factor': 1 } }],
        nodes: [producer, topic],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: 'production cluster of 2: grow it',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 2 }], nodes: [producer, topic], connections: publish },
      findings: [{ target: 'pay', messageIncludes: 'has 2 brokers but needs 3' }],
      output: { design: { clusters: [{ id: 'k', nodes: 3 }] } },
    },
    {
      name: 'development broker: size the state log down',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 1, environment: 'development' }], nodes: [producer, topic], connections: publish },
      findings: [{ target: 'pay' }],
      output: {
        design: { clusters: [{ id: 'k', nodes: 1, config: { 'transaction.state.log.replication.factor': 1, 'transaction.state.log.min.isr': 1 } }] },
      },
    },
  ],
});
