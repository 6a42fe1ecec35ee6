import { testRule } from '../rule-tester';
import { wildcardsOnlyOnTopicExchange } from './wildcards-only-on-topic-exchange';

const exchangeAndQueue = (type: string) => [
  { kind: 'rabbitmq-exchange', id: 'ex', type },
  { kind: 'rabbitmq-queue', id: 'q' },
];

testRule(wildcardsOnlyOnTopicExchange, {
  valid: [
    { name: 'pattern on a topic exchange', design: { nodes: exchangeAndQueue('topic'), connections: [{ from: 'ex', to: 'q', routingKey: 'orders.#' }] } },
    { name: 'literal on a direct exchange', design: { nodes: exchangeAndQueue('direct'), connections: [{ from: 'ex', to: 'q', routingKey: 'orders.created' }] } },
    { name: 'key on a fanout exchange (ignored)', design: { nodes: exchangeAndQueue('fanout'), connections: [{ from: 'ex', to: 'q', routingKey: '#' }] } },
    {
      name: 'concrete routing key',
      design: { nodes: [{ kind: 'producer', id: 'p' }, ...exchangeAndQueue('topic')], connections: [{ from: 'p', to: 'ex', routingKey: 'orders.created' }] },
    },
  ],
  invalid: [
    {
      name: 'pattern binding on a direct exchange',
      design: { nodes: exchangeAndQueue('direct'), connections: [{ from: 'ex', to: 'q', routingKey: 'orders.*' }] },
      findings: [{ target: 'ex--q', messageIncludes: 'direct exchange' }],
    },
    {
      name: 'publishing with a pattern',
      design: { nodes: [{ kind: 'producer', id: 'p' }, ...exchangeAndQueue('topic')], connections: [{ from: 'p', to: 'ex', routingKey: 'orders.*' }] },
      findings: [{ target: 'p--ex', messageIncludes: 'routing keys are not patterns' }],
    },
    {
      name: 'dead-lettering with a pattern',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'work' }, ...exchangeAndQueue('topic')], connections: [{ from: 'work', to: 'ex', kind: 'dead-letter', routingKey: 'dead.#' }] },
      findings: [{ target: 'work--ex', messageIncludes: 'dead-letters' }],
    },
  ],
});
