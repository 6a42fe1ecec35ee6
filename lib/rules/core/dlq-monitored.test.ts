import { testRule } from '../rule-tester';
import { dlqMonitored } from './dlq-monitored';

testRule(dlqMonitored, {
  valid: [
    {
      name: 'a DLQ with a depth alert, and a DLQ with a consumer',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'orders' },
          { kind: 'consumer-group', id: 'svc' },
          { kind: 'kafka-topic', id: 'orders-dlq', depthAlert: true },
          { kind: 'sqs-queue', id: 'q' },
          { kind: 'sqs-queue', id: 'q-dlq' },
          { kind: 'consumer-group', id: 'triage' },
        ],
        connections: [
          { from: 'orders', to: 'svc' },
          { from: 'svc', to: 'orders-dlq', kind: 'dead-letter' },
          { from: 'q', to: 'q-dlq', kind: 'dead-letter' },
          { from: 'q-dlq', to: 'triage' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a RabbitMQ DLQ behind a DLX, a role-only DLQ, and an SNS subscription DLQ',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'work' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'work-dlq' },
          { kind: 'nats-stream', id: 'parked', role: 'dead-letter' },
          { kind: 'sns-topic', id: 'events' },
          { kind: 'sqs-queue', id: 'sub' },
          { kind: 'sqs-queue', id: 'sub-dlq' },
        ],
        connections: [
          { from: 'work', to: 'dlx', kind: 'dead-letter' },
          { from: 'dlx', to: 'work-dlq' },
          { from: 'events', to: 'sub', deadLetterQueue: 'sub-dlq' },
        ],
      },
      findings: [{ target: 'parked', messageIncludes: 'no consumer and no depth alert' }, { target: 'sub-dlq' }, { target: 'work-dlq' }],
      output: { nodes: { parked: { depthAlert: true, depthAlertMessages: 0 }, 'sub-dlq': { depthAlert: true }, 'work-dlq': { depthAlert: true } } },
    },
  ],
});
