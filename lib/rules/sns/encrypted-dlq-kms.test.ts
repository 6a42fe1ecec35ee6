import { testRule } from '../rule-tester';
import { encryptedDlqKms } from './encrypted-dlq-kms';

const design = (kmsManagedKey: string) => ({
  nodes: [
    { kind: 'sns-topic', id: 't' },
    { kind: 'consumer-group', id: 'fn', lambdaTimeoutSeconds: 10 },
    { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter', kmsManagedKey },
  ],
  connections: [{ from: 't', to: 'fn', deadLetterQueue: 'dlq' }],
});

testRule(encryptedDlqKms, {
  valid: [
    { name: 'customer managed key', design: design('customer-managed') },
    { name: 'SQS-managed encryption', design: design('sqs-managed') },
    { name: 'unencrypted', design: design('none') },
    {
      name: 'an AWS-managed queue that is only an SQS redrive target',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'q' },
          { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter', kmsManagedKey: 'aws-managed' },
        ],
        connections: [{ from: 'q', to: 'dlq' }],
      },
    },
  ],
  invalid: [
    {
      name: 'AWS managed key on a subscription DLQ',
      design: design('aws-managed'),
      findings: [{ target: 't--fn', messageIncludes: 'endpoint "fn"' }],
      output: { nodes: { dlq: { kmsManagedKey: 'customer-managed' } } },
    },
  ],
});
