import { testRule } from '../rule-tester';
import { subscriptionDlq } from './subscription-dlq';

const cluster = { id: 'aws', name: 'AWS', broker: 'sqs-sns' };

testRule(subscriptionDlq, {
  valid: [
    {
      name: 'queue and Lambda subscriptions with DLQs',
      design: {
        nodes: [
          { kind: 'sns-topic', id: 't' },
          { kind: 'sqs-queue', id: 'q' },
          { kind: 'consumer-group', id: 'fn', lambdaTimeoutSeconds: 30 },
          { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter' },
        ],
        connections: [
          { from: 't', to: 'q', deadLetterQueue: 'dlq' },
          { from: 't', to: 'fn', deadLetterQueue: 'dlq' },
        ],
      },
    },
    { name: 'a topic without subscriptions', design: { nodes: [{ kind: 'sns-topic', id: 't' }] } },
  ],
  invalid: [
    {
      name: 'standard topic, queue subscription without a DLQ',
      design: {
        clusters: [cluster],
        nodes: [
          { kind: 'sns-topic', id: 't', cluster: 'aws' },
          { kind: 'sqs-queue', id: 'billing', cluster: 'aws' },
        ],
        connections: [{ from: 't', to: 'billing' }],
      },
      findings: [{ target: 't--billing', messageIncludes: 'subscription of queue "billing" to topic "t" has no dead-letter queue' }],
      output: {
        connections: { 't--billing': { deadLetterQueue: 'billing-sns-dlq' } },
        nodes: { 'billing-sns-dlq': { kind: 'sqs-queue', name: 'billing-sns-dlq', cluster: 'aws', fifo: false, role: 'dead-letter', messageRetentionPeriod: 1_209_600, depthAlert: true } },
      },
    },
    {
      name: 'FIFO topic gets a FIFO DLQ',
      design: {
        nodes: [
          { kind: 'sns-topic', id: 't', name: 't.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true },
        ],
        connections: [{ from: 't', to: 'q' }],
      },
      findings: [{ target: 't--q' }],
      output: { connections: { 't--q': { deadLetterQueue: 'q-sns-dlq' } }, nodes: { 'q-sns-dlq': { name: 'q-sns-dlq.fifo', fifo: true } } },
    },
    {
      name: 'Lambda endpoint without a DLQ',
      design: {
        nodes: [
          { kind: 'sns-topic', id: 't' },
          { kind: 'consumer-group', id: 'fn', name: 'notify', lambdaTimeoutSeconds: 10 },
        ],
        connections: [{ from: 't', to: 'fn' }],
      },
      findings: [{ target: 't--fn', messageIncludes: 'endpoint "notify"' }],
      output: { connections: { 't--fn': { deadLetterQueue: 'notify-sns-dlq' } } },
    },
    {
      name: 'DLQ named but not declared',
      design: {
        nodes: [
          { kind: 'sns-topic', id: 't' },
          { kind: 'sqs-queue', id: 'q' },
        ],
        connections: [{ from: 't', to: 'q', deadLetterQueue: 'q-dlq' }],
      },
      findings: [{ target: 't--q', messageIncludes: '"q-dlq", which is not declared' }],
      output: { nodes: { 'q-dlq': { kind: 'sqs-queue', role: 'dead-letter' } } },
    },
    {
      name: 'DLQ that is not a queue',
      design: {
        nodes: [
          { kind: 'sns-topic', id: 't' },
          { kind: 'sqs-queue', id: 'q' },
          { kind: 'sns-topic', id: 'other' },
        ],
        connections: [{ from: 't', to: 'q', deadLetterQueue: 'other' }],
      },
      findings: [{ target: 't--q', messageIncludes: 'not an SQS queue' }],
    },
  ],
});
