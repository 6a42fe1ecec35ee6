import { testRule } from '../rule-tester';
import { topicNameNoDotUnderscoreMix } from './topic-name-no-dot-underscore-mix';

testRule(topicNameNoDotUnderscoreMix, {
  valid: [
    {
      name: 'two topics that collide: kafka/topic-name-collision says it',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'a', name: 'orders.placed_eu' },
          { kind: 'kafka-topic', id: 'b', name: 'orders_placed_eu' },
        ],
      },
    },
    {
      name: 'dots only',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'a', name: 'orders.placed' },
          { kind: 'kafka-topic', id: 'b', name: 'orders.paid' },
        ],
      },
    },
    {
      name: 'the same metric name on different clusters',
      design: {
        clusters: [
          { id: 'k1', name: 'k1', broker: 'kafka' },
          { id: 'k2', name: 'k2', broker: 'kafka' },
        ],
        nodes: [
          { kind: 'kafka-topic', id: 'a', name: 'orders.placed', cluster: 'k1' },
          { kind: 'kafka-topic', id: 'b', name: 'orders_placed', cluster: 'k2' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a mixed name',
      design: { nodes: [{ kind: 'kafka-topic', id: 'a', name: 'orders.payment_processed' }] },
      findings: [{ target: 'a', messageIncludes: 'mixes' }],
      output: { nodes: { a: { name: 'orders.payment-processed' } } },
    },
  ],
});
