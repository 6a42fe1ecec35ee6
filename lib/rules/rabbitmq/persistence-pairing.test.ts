import { testRule } from '../rule-tester';
import { persistencePairing } from './persistence-pairing';

const exchange = { kind: 'rabbitmq-exchange', id: 'ex', type: 'topic' };
const transient = { kind: 'producer', id: 'api', rabbitmq: { persistent: false } };

testRule(persistencePairing, {
  valid: [
    {
      name: 'persistent messages into a durable classic queue',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-queue', id: 'q', type: 'classic' },
        ],
        connections: [{ from: 'api', to: 'q' }],
      },
    },
    {
      name: 'transient messages into a quorum queue (always persisted)',
      design: { nodes: [transient, { kind: 'rabbitmq-queue', id: 'q' }], connections: [{ from: 'api', to: 'q' }] },
    },
    {
      name: 'transient messages on an at-most-once flow',
      design: { requirements: { delivery: 'at-most-once' }, nodes: [transient, { kind: 'rabbitmq-queue', id: 'q', type: 'classic' }], connections: [{ from: 'api', to: 'q' }] },
    },
    {
      name: 'transient messages whose routing key does not reach the classic queue',
      design: {
        nodes: [transient, exchange, { kind: 'rabbitmq-queue', id: 'q', type: 'classic' }, { kind: 'rabbitmq-queue', id: 'qq' }],
        connections: [
          { from: 'api', to: 'ex', routingKey: 'metrics.cpu' },
          { from: 'ex', to: 'q', routingKey: 'order.*' },
          { from: 'ex', to: 'qq', routingKey: 'metrics.#' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'transient messages routed into a durable classic queue',
      design: {
        nodes: [transient, exchange, { kind: 'rabbitmq-queue', id: 'q', type: 'classic' }],
        connections: [
          { from: 'api', to: 'ex', routingKey: 'order.created' },
          { from: 'ex', to: 'q', routingKey: 'order.*' },
        ],
      },
      findings: [{ target: 'api', messageIncludes: 'durable classic queue "q"' }],
      output: { nodes: { api: { rabbitmq: { persistent: true } } } },
    },
    {
      name: 'transient messages dead-lettered into a durable classic DLQ',
      design: {
        nodes: [
          transient,
          { kind: 'rabbitmq-queue', id: 'work' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'dlq', type: 'classic', role: 'dead-letter' },
        ],
        connections: [
          { from: 'api', to: 'work' },
          { from: 'work', to: 'dlx', kind: 'dead-letter' },
          { from: 'dlx', to: 'dlq' },
        ],
      },
      findings: [{ target: 'api', messageIncludes: '"dlq"' }],
      output: { nodes: { api: { rabbitmq: { persistent: true } } } },
    },
  ],
});
