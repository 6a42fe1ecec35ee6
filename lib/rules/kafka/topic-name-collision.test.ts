import { testRule } from '../rule-tester';
import { topicNameCollision } from './topic-name-collision';

testRule(topicNameCollision, {
  valid: [
    {
      name: 'dots only',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'a', name: 'orders.placed' },
          { kind: 'kafka-topic', id: 'b', name: 'orders.paid' },
        ],
      },
    },
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
      name: 'two topics of one name (a paste): the fix picks a name no topic collides with',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'orders-placed', name: 'orders.placed' },
          { kind: 'kafka-topic', id: 'orders-placed-copy', name: 'orders.placed' },
          { kind: 'kafka-topic', id: 'x', name: 'orders_placed-2' },
        ],
      },
      findings: [{ target: 'orders-placed-copy', messageIncludes: 'Two topics on the same cluster are named "orders.placed"' }],
      output: { design: { nodes: [{ id: 'orders-placed' }, { id: 'orders.placed-3', name: 'orders.placed-3' }, { id: 'x' }] } },
    },
    {
      name: 'two topics of one name',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'a', name: 'orders.placed' },
          { kind: 'kafka-topic', id: 'b', name: 'orders.placed' },
        ],
      },
      findings: [{ target: 'b', messageIncludes: 'on the broker they are one topic' }],
      output: {
        design: {
          nodes: [
            { id: 'a', name: 'orders.placed' },
            { id: 'orders.placed-2', name: 'orders.placed-2' },
          ],
        },
      },
    },
    {
      name: 'two topics that collide',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'a', name: 'orders.placed' },
          { kind: 'kafka-topic', id: 'b', name: 'orders_placed' },
        ],
      },
      findings: [
        { target: 'a', messageIncludes: 'collides with "orders_placed"' },
        { target: 'b', messageIncludes: 'collides with "orders.placed"' },
      ],
    },
  ],
});
