import { testRule } from '../rule-tester';
import { binaryModeWithoutBinding } from './binary-mode-without-binding';

const inMode = (kind: string, mode: string, id = 'c') => ({
  kind,
  id,
  messageSchema: { format: 'json', envelope: { standard: 'cloudevents', mode, type: 'com.example.order.placed', source: '/orders', subject: 'orders/1' } },
});

testRule(binaryModeWithoutBinding, {
  valid: [
    {
      name: 'binary mode over the Kafka, AMQP and NATS bindings',
      design: { nodes: [inMode('kafka-topic', 'binary', 'k'), inMode('rabbitmq-queue', 'binary', 'q'), inMode('rabbitmq-exchange', 'binary', 'x'), inMode('nats-stream', 'binary', 'n')] },
    },
    { name: 'structured mode on SQS and SNS', design: { nodes: [inMode('sqs-queue', 'structured', 'q'), inMode('sns-topic', 'structured', 't')] } },
    { name: 'no envelope on SQS', design: { nodes: [{ kind: 'sqs-queue', id: 'q', messageSchema: { format: 'cloudevents' } }] } },
  ],
  invalid: [
    {
      name: 'binary mode on an SQS queue',
      design: { nodes: [inMode('sqs-queue', 'binary')] },
      findings: [{ target: 'c', messageIncludes: 'no protocol binding for Amazon SQS' }],
      output: { nodes: { c: { messageSchema: { envelope: { mode: 'structured', type: 'com.example.order.placed', source: '/orders', subject: 'orders/1' } } } } },
    },
    {
      name: 'binary mode on an SNS topic',
      design: { nodes: [inMode('sns-topic', 'binary')] },
      findings: [{ target: 'c', messageIncludes: 'Amazon SNS' }],
      output: { nodes: { c: { messageSchema: { envelope: { mode: 'structured' } } } } },
    },
  ],
});
