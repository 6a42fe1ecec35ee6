import { testRule } from '../rule-tester';
import { topicNameCollision } from './topic-name-collision';

testRule(topicNameCollision, {
  valid: [
    { name: 'dots only', design: { nodes: [{ kind: 'kafka-topic', id: 'a', name: 'orders.placed' }, { kind: 'kafka-topic', id: 'b', name: 'orders.paid' }] } },
    { name: 'a mixed name alone', design: { nodes: [{ kind: 'kafka-topic', id: 'a', name: 'shop.public.order_lines' }] } },
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
      name: 'two topics that collide',
      design: { nodes: [{ kind: 'kafka-topic', id: 'a', name: 'orders.placed' }, { kind: 'kafka-topic', id: 'b', name: 'orders_placed' }] },
      findings: [
        { target: 'a', messageIncludes: 'collides with "orders_placed"' },
        { target: 'b', messageIncludes: 'collides with "orders.placed"' },
      ],
    },
  ],
});
