import { defineRule } from '../rule';
import { isCompacted } from '../kafka/_topics';
import { envelopedChannels, patchEnvelope } from './_envelopes';

export const binaryModeOnCompactedTopic = defineRule({
  meta: {
    id: 'cloudevents/binary-mode-on-compacted-topic',
    category: 'durability',
    severity: 'info',
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
    summary: 'On a compacted Kafka topic, a CloudEvent without data sent in binary mode is a record with no value: a tombstone that deletes every earlier record of its key.',
    messages: {
      tombstone:
        'Kafka topic "{channel}" is compacted (cleanup.policy={policy}) and carries CloudEvents in binary mode: an event without data becomes a record with no value, which compaction reads as a tombstone and uses to delete every earlier record with the same key. Send such events in structured mode, or make sure every event has data.',
    },
  },
  check({ design, report }) {
    for (const channel of envelopedChannels(design)) {
      if (channel.kind !== 'kafka-topic' || channel.messageSchema.envelope.mode !== 'binary' || !isCompacted(channel)) continue;
      report({
        target: { type: 'node', id: channel.id },
        messageId: 'tombstone',
        data: { channel: channel.name, policy: channel.config['cleanup.policy'] },
        fix: { label: 'Use structured mode', apply: (d) => patchEnvelope(d, channel.id, { mode: 'structured' }) },
      });
    }
  },
});
