import { testRule } from '../rule-tester';
import { idempotenceMaxInFlightLe5 } from './idempotence-max-in-flight-le-5';

const topic = { kind: 'kafka-topic', id: 'orders' };
const publish = [{ from: 'api', to: 'orders' }];

testRule(idempotenceMaxInFlightLe5, {
  valid: [
    { name: 'defaults (5 in flight)', design: { nodes: [{ kind: 'producer', id: 'api' }, topic], connections: publish } },
    {
      name: '10 in flight without idempotence',
      design: {
        nodes: [{ kind: 'producer', id: 'api', kafka: { 'enable.idempotence': false, 'max.in.flight.requests.per.connection': 10 } }, topic],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: '6 in flight with idempotence',
      design: { nodes: [{ kind: 'producer', id: 'api', kafka: { 'max.in.flight.requests.per.connection': 6 } }, topic], connections: publish },
      findings: [{ target: 'api', messageIncludes: 'max.in.flight.requests.per.connection=6' }],
      output: { nodes: { api: { kafka: { 'max.in.flight.requests.per.connection': 5 } } } },
    },
  ],
});
