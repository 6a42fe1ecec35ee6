import { testRule } from '../rule-tester';
import { producerWithoutTarget } from './producer-without-target';

testRule(producerWithoutTarget, {
  valid: [
    {
      name: 'a producer that publishes',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'nats-stream', id: 's' },
        ],
        connections: [{ from: 'api', to: 's' }],
      },
    },
  ],
  invalid: [
    { name: 'no connection', design: { nodes: [{ kind: 'producer', id: 'api' }] }, findings: [{ target: 'api', messageIncludes: 'publishes to nothing' }] },
    {
      name: 'only a dangling connection',
      design: { nodes: [{ kind: 'producer', id: 'api' }], connections: [{ from: 'api', to: 'gone', kind: 'publish' }] },
      findings: [{ target: 'api' }],
    },
  ],
});
