import { testRule } from '../rule-tester';
import { idempotenceRequiresRetries } from './idempotence-requires-retries';

const topic = { kind: 'kafka-topic', id: 'orders' };
const publish = [{ from: 'api', to: 'orders' }];

testRule(idempotenceRequiresRetries, {
  valid: [
    { name: 'retries unset', design: { nodes: [{ kind: 'producer', id: 'api' }, topic], connections: publish } },
    { name: 'retries=3', design: { nodes: [{ kind: 'producer', id: 'api', kafka: { retries: 3 } }, topic], connections: publish } },
    {
      name: 'retries=0 without idempotence',
      design: { nodes: [{ kind: 'producer', id: 'api', kafka: { retries: 0, 'enable.idempotence': false } }, topic], connections: publish },
    },
  ],
  invalid: [
    {
      name: 'retries=0 on an at-least-once flow: remove retries',
      design: { nodes: [{ kind: 'producer', id: 'api', kafka: { retries: 0 } }, topic], connections: publish },
      findings: [{ target: 'api', messageIncludes: 'retries=0' }],
      output: { nodes: { api: { kafka: { 'enable.idempotence': true } } } },
    },
    {
      name: 'retries=0 on an at-most-once flow: idempotence off',
      design: {
        requirements: { delivery: 'at-most-once' },
        nodes: [{ kind: 'producer', id: 'api', kafka: { retries: 0 } }, topic],
        connections: publish,
      },
      findings: [{ target: 'api' }],
      output: { nodes: { api: { kafka: { 'enable.idempotence': false, retries: 0 } } } },
    },
  ],
});
