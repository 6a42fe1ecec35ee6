import { testRule } from '../rule-tester';
import { dlxGraph } from './dlx-graph';

const chain = (innerKey: string, dlq: Record<string, unknown> = {}) => ({
  nodes: [
    { kind: 'rabbitmq-queue', id: 'orders', policy: { 'dead-letter-routing-key': 'orders.failed' } },
    { kind: 'rabbitmq-exchange', id: 'dlx', type: 'topic' },
    { kind: 'rabbitmq-exchange', id: 'inner', type: 'direct' },
    { kind: 'rabbitmq-queue', id: 'dlq', type: 'classic', role: 'dead-letter', ...dlq },
  ],
  connections: [
    { from: 'orders', to: 'dlx', kind: 'dead-letter' as const },
    { from: 'dlx', to: 'inner', routingKey: 'orders.#' },
    { from: 'inner', to: 'dlq', routingKey: innerKey },
  ],
});

testRule(dlxGraph, {
  valid: [
    { name: 'dead letters reach the DLQ through two exchanges', design: chain('orders.failed') },
    {
      name: 'a direct DLQ binding (nothing downstream to lose)',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'dlq' },
        ],
        connections: [
          { from: 'q', to: 'dlx' },
          { from: 'dlx', to: 'dlq' },
        ],
      },
    },
    {
      name: 'an auto-delete queue next to a durable DLQ',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q', policy: { 'dead-letter-routing-key': 'x' } },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'dlq' },
          { kind: 'rabbitmq-queue', id: 'tap', type: 'classic', autoDelete: true },
        ],
        connections: [
          { from: 'q', to: 'dlx' },
          { from: 'dlx', to: 'dlq' },
          { from: 'dlx', to: 'tap' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'the inner exchange matches nothing',
      design: chain('payments.failed'),
      findings: [{ target: 'orders', messageIncludes: '"dlx" → "inner"' }],
    },
    {
      name: 'dead letters reach only an exclusive queue',
      design: chain('orders.failed', { exclusive: true, durable: false }),
      findings: [{ target: 'orders', messageIncludes: '"dlq" (exclusive)' }],
    },
  ],
});
