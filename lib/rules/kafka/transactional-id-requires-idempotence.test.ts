import { testRule } from '../rule-tester';
import { transactionalIdRequiresIdempotence } from './transactional-id-requires-idempotence';

const topic = { kind: 'kafka-topic', id: 'ledger' };
const publish = [{ from: 'pay', to: 'ledger' }];

testRule(transactionalIdRequiresIdempotence, {
  valid: [
    { name: 'transactional and idempotent', design: { nodes: [{ kind: 'producer', id: 'pay', kafka: { 'transactional.id': 'tx' } }, topic], connections: publish } },
    { name: 'not transactional', design: { nodes: [{ kind: 'producer', id: 'pay', kafka: { 'enable.idempotence': false } }, topic], connections: publish } },
  ],
  invalid: [
    {
      name: 'idempotence turned off',
      design: { nodes: [{ kind: 'producer', id: 'pay', kafka: { 'transactional.id': 'tx', 'enable.idempotence': false } }, topic], connections: publish },
      findings: [{ target: 'pay', messageIncludes: 'enable.idempotence=false' }],
      output: { nodes: { pay: { kafka: { 'transactional.id': 'tx', 'enable.idempotence': true, acks: 'all' } } } },
    },
    {
      name: 'idempotence impossible: acks=1 and 8 in flight',
      design: {
        nodes: [{ kind: 'producer', id: 'pay', kafka: { 'transactional.id': 'tx', acks: '1', 'max.in.flight.requests.per.connection': 8 } }, topic],
        connections: publish,
      },
      findings: [{ target: 'pay', messageIncludes: 'acks=1, max.in.flight.requests.per.connection=8' }],
      output: { nodes: { pay: { kafka: { acks: 'all', 'max.in.flight.requests.per.connection': 5 } } } },
    },
  ],
});
