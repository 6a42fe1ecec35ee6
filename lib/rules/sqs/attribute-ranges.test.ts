import { testRule } from '../rule-tester';
import { attributeRanges } from './attribute-ranges';

const queue = (extra: Record<string, unknown>) => ({ nodes: [{ kind: 'sqs-queue', id: 'q', ...extra }] });
const withProducer = (producer: Record<string, unknown>, q: Record<string, unknown> = {}) => ({
  nodes: [
    { kind: 'producer', id: 'api', ...producer },
    { kind: 'sqs-queue', id: 'q', ...q },
  ],
  connections: [{ from: 'api', to: 'q' }],
});

testRule(attributeRanges, {
  valid: [
    { name: 'defaults', design: queue({}) },
    {
      name: 'every attribute at its maximum',
      design: queue({ visibilityTimeout: 43_200, messageRetentionPeriod: 1_209_600, delaySeconds: 900, receiveMessageWaitTimeSeconds: 20, maximumMessageSize: 1_048_576 }),
    },
    { name: '200 KiB messages under the 256 KiB default', design: withProducer({ messageSizeBytes: 204_800 }) },
    {
      name: "large messages through SNS are another rule's",
      design: {
        nodes: [
          { kind: 'producer', id: 'api', messageSizeBytes: 500_000 },
          { kind: 'sns-topic', id: 't' },
          { kind: 'sqs-queue', id: 'q' },
        ],
        connections: [
          { from: 'api', to: 't' },
          { from: 't', to: 'q' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'retention of 30 days',
      design: queue({ messageRetentionPeriod: 2_592_000 }),
      findings: [{ target: 'q', messageIncludes: 'MessageRetentionPeriod to 2592000s, outside the allowed 60–1209600s' }],
      output: { nodes: { q: { messageRetentionPeriod: 1_209_600 } } },
    },
    {
      name: 'several attributes out of range',
      design: queue({ messageRetentionPeriod: 30, delaySeconds: 1800, receiveMessageWaitTimeSeconds: 30, visibilityTimeout: 86_400, maximumMessageSize: 512 }),
      findings: [
        { target: 'q', messageIncludes: 'DelaySeconds' },
        { target: 'q', messageIncludes: 'MaximumMessageSize to 512 bytes' },
        { target: 'q', messageIncludes: 'MessageRetentionPeriod' },
        { target: 'q', messageIncludes: 'ReceiveMessageWaitTimeSeconds' },
        { target: 'q', messageIncludes: 'VisibilityTimeout' },
      ],
      output: { nodes: { q: { messageRetentionPeriod: 60, delaySeconds: 900, receiveMessageWaitTimeSeconds: 20, visibilityTimeout: 43_200, maximumMessageSize: 1024 } } },
    },
    {
      name: 'producer messages above MaximumMessageSize',
      design: withProducer({ messageSizeBytes: 300_000 }),
      findings: [{ target: 'q', messageIncludes: 'up to 300000 bytes' }],
      output: { nodes: { q: { maximumMessageSize: 300_032 } } },
    },
    {
      name: "the flow's maximum message size counts",
      design: withProducer({ requirements: { maxMessageBytes: 2_000_000 } }, { maximumMessageSize: 1_048_576 }),
      findings: [{ target: 'q', messageIncludes: 'up to 2000000 bytes' }],
    },
  ],
});
