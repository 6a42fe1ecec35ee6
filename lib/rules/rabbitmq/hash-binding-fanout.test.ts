import { testRule } from '../rule-tester';
import { hashBindingFanout } from './hash-binding-fanout';

const nodes = (queue: Record<string, unknown> = {}) => [
  { kind: 'rabbitmq-exchange', id: 'ex', type: 'topic' },
  { kind: 'rabbitmq-queue', id: 'q', ...queue },
];

testRule(hashBindingFanout, {
  valid: [
    { name: 'a pattern', design: { nodes: nodes(), connections: [{ from: 'ex', to: 'q', routingKey: 'lazy.#' }] } },
    { name: '# to a dead-letter queue', design: { nodes: nodes({ role: 'dead-letter' }), connections: [{ from: 'ex', to: 'q', routingKey: '#' }] } },
    {
      name: '# on a dead-letter exchange',
      design: {
        nodes: [...nodes(), { kind: 'rabbitmq-queue', id: 'work' }],
        connections: [
          { from: 'work', to: 'ex', kind: 'dead-letter' },
          { from: 'ex', to: 'q', routingKey: '#' },
        ],
      },
    },
    {
      name: '# on a direct exchange is literal',
      design: {
        nodes: [
          { kind: 'rabbitmq-exchange', id: 'ex', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'q' },
        ],
        connections: [{ from: 'ex', to: 'q', routingKey: '#' }],
      },
    },
  ],
  invalid: [
    { name: '#', design: { nodes: nodes(), connections: [{ from: 'ex', to: 'q', routingKey: '#' }] }, findings: [{ target: 'ex--q', messageIncludes: 'every message' }] },
    { name: '#.#', design: { nodes: nodes(), connections: [{ from: 'ex', to: 'q', routingKey: '#.#' }] }, findings: [{ target: 'ex--q', messageIncludes: '"#.#"' }] },
  ],
});
