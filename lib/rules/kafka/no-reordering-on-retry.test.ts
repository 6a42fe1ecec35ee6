import { testRule } from '../rule-tester';
import { noReorderingOnRetry } from './no-reordering-on-retry';

const topic = { kind: 'kafka-topic', id: 'orders' };
const publish = [{ from: 'api', to: 'orders' }];

testRule(noReorderingOnRetry, {
  valid: [
    { name: 'idempotent producer (defaults)', design: { nodes: [{ kind: 'producer', id: 'api' }, topic], connections: publish } },
    {
      name: 'one request in flight',
      design: {
        nodes: [{ kind: 'producer', id: 'api', kafka: { 'enable.idempotence': false, 'max.in.flight.requests.per.connection': 1 } }, topic],
        connections: publish,
      },
    },
    {
      name: 'no retries',
      design: { nodes: [{ kind: 'producer', id: 'api', kafka: { 'enable.idempotence': false, retries: 0 } }, topic], connections: publish },
    },
    {
      name: 'unordered flow',
      design: {
        requirements: { ordering: 'none' },
        nodes: [{ kind: 'producer', id: 'api', kafka: { 'enable.idempotence': false } }, topic],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: 'idempotence off with acks=all: turn it on',
      design: { nodes: [{ kind: 'producer', id: 'api', kafka: { 'enable.idempotence': false } }, topic], connections: publish },
      findings: [{ target: 'api', messageIncludes: '5 requests in flight' }],
      output: { nodes: { api: { kafka: { 'enable.idempotence': true } } } },
    },
    {
      name: 'idempotence off with acks=1: one request in flight',
      design: {
        nodes: [{ kind: 'producer', id: 'api', kafka: { 'enable.idempotence': false, acks: '1' }, requirements: { ordering: 'strict' } }, topic],
        connections: publish,
      },
      findings: [{ target: 'api', messageIncludes: 'strict' }],
      output: { nodes: { api: { kafka: { 'enable.idempotence': false, 'max.in.flight.requests.per.connection': 1 } } } },
    },
  ],
});
