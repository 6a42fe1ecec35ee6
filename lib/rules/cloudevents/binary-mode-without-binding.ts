import { cloudEventsBinding } from '../../brokers/cloudevents/bindings';
import { defineRule } from '../rule';
import { kindLabel } from '../core/_channels';
import { envelopedChannels, patchEnvelope } from './_envelopes';

export const binaryModeWithoutBinding = defineRule({
  meta: {
    id: 'cloudevents/binary-mode-without-binding',
    category: 'schema',
    severity: 'warning',
    reads: [
      'kafka-topic',
      'rabbitmq-exchange',
      'rabbitmq-queue',
      'nats-stream',
      'sqs-queue',
      'sns-topic',
      'pubsub-topic',
      'pubsub-subscription',
      'artemis-address',
      'artemis-queue',
      'pulsar-topic',
      'pulsar-subscription',
      'servicebus-queue',
      'servicebus-topic',
      'servicebus-subscription',
    ],
    summary: 'CloudEvents binary mode needs a protocol binding that names the headers; over a transport the CloudEvents project defines none for (Amazon SQS, SNS), use structured mode.',
    messages: {
      noBinding:
        '{kind} "{channel}" carries CloudEvents in binary mode, but CloudEvents defines no protocol binding for {transport}: producers and consumers must invent the attribute names, and other CloudEvents tools will not read them. Structured mode carries the event in the body and works on any transport.',
    },
  },
  check({ design, report }) {
    for (const channel of envelopedChannels(design)) {
      if (channel.messageSchema.envelope.mode !== 'binary' || cloudEventsBinding(channel.kind)) continue;
      report({
        target: { type: 'node', id: channel.id },
        messageId: 'noBinding',
        data: { kind: kindLabel(channel), channel: channel.name, transport: channel.kind === 'sns-topic' ? 'Amazon SNS' : 'Amazon SQS' },
        fix: { label: 'Use structured mode', apply: (d) => patchEnvelope(d, channel.id, { mode: 'structured' }) },
      });
    }
  },
});
