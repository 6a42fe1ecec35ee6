import { testRule } from '../rule-tester';
import { deadLetterCycle } from './dead-letter-cycle';

testRule(deadLetterCycle, {
  valid: [
    {
      name: 'a consumer dead-letters into a DLQ whose consumer republishes (publish is not a failure path)',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'svc' },
          { kind: 'kafka-topic', id: 'orders-dlq', role: 'dead-letter' },
          { kind: 'consumer-group', id: 'replayer' },
        ],
        connections: [
          { from: 'orders', to: 'svc' },
          { from: 'svc', to: 'orders-dlq' },
          { from: 'orders-dlq', to: 'replayer' },
          { from: 'replayer', to: 'orders' },
        ],
      },
    },
    {
      name: 'a RabbitMQ retry queue its consumer dead-letters back into (a retry stage read of a queue)',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'work', role: 'retry' },
          { kind: 'consumer-group', id: 'svc' },
        ],
        connections: [
          { from: 'work', to: 'svc' },
          { from: 'svc', to: 'work', kind: 'dead-letter' },
        ],
      },
    },
    {
      name: 'a retry loop through a retry-role stage',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'work' },
          { kind: 'sqs-queue', id: 'later', role: 'retry' },
        ],
        connections: [
          { from: 'work', to: 'later', kind: 'dead-letter' },
          { from: 'later', to: 'work', kind: 'dead-letter' },
        ],
      },
    },
    {
      name: "RabbitMQ loops through exchanges are rabbitmq/dlx-graph's",
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'a' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
        ],
        connections: [
          { from: 'a', to: 'dlx', kind: 'dead-letter' },
          { from: 'dlx', to: 'a' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'two SQS queues that redrive into each other',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'a' },
          { kind: 'sqs-queue', id: 'b' },
        ],
        connections: [
          { id: 'ab', from: 'a', to: 'b', kind: 'dead-letter' },
          { id: 'ba', from: 'b', to: 'a', kind: 'dead-letter' },
        ],
      },
      findings: [{ target: 'ab', messageIncludes: '"a" → "b"' }],
    },
    {
      name: 'a consumer that dead-letters into the stream it reads',
      design: {
        nodes: [
          { kind: 'nats-stream', id: 'jobs' },
          { kind: 'consumer-group', id: 'worker' },
        ],
        connections: [
          { from: 'jobs', to: 'worker' },
          { id: 'back', from: 'worker', to: 'jobs', kind: 'dead-letter' },
        ],
      },
      findings: [{ target: 'back', messageIncludes: 'Dead letters from "worker"' }],
    },
  ],
});
