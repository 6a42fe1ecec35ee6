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
    {
      name: 'a 3.x client with idempotence unset turns it off instead (kafka/idempotence-silently-disabled)',
      design: {
        nodes: [{ kind: 'producer', id: 'api', client: { name: 'kafka-java', version: '3.7' }, kafka: { 'enable.idempotence': undefined, 'max.in.flight.requests.per.connection': 10 } }, topic],
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
    {
      name: 'a 4.x client refuses more than 5 in flight even with idempotence unset (KAFKA-17927)',
      design: {
        nodes: [{ kind: 'producer', id: 'api', client: { name: 'kafka-java', version: '4.0' }, kafka: { 'enable.idempotence': undefined, 'max.in.flight.requests.per.connection': 10 } }, topic],
        connections: publish,
      },
      findings: [{ target: 'api', messageIncludes: 'max.in.flight.requests.per.connection=10' }],
      output: { nodes: { api: { kafka: { 'max.in.flight.requests.per.connection': 5 } } } },
    },
  ],
});
