import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { hasMessageSchema, kindLabel } from './_channels';

const CONSEQUENCE = {
  avro: 'an Avro reader needs the exact schema the message was written with, and nothing checks that a new version stays compatible',
  protobuf: 'nothing checks that a new version keeps field numbers and types compatible, and consumers cannot look up the schema of a message',
} as const;

export const schemaRegistryForBinaryFormats = defineRule({
  meta: {
    id: 'core/schema-registry-for-binary-formats',
    category: 'schema',
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
    summary: 'Avro and Protobuf messages should be registered in a schema registry.',
    messages: {
      noRegistry: '{kind} "{channel}" carries {format} messages without a schema registry: {consequence}.',
    },
  },
  check({ design, report }) {
    for (const channel of design.nodes) {
      if (!hasMessageSchema(channel) || channel.messageSchema.registry) continue;
      const { format } = channel.messageSchema;
      if (format !== 'avro' && format !== 'protobuf') continue;
      report({
        target: { type: 'node', id: channel.id },
        messageId: 'noRegistry',
        data: { kind: kindLabel(channel), channel: channel.name, format: format === 'avro' ? 'Avro' : 'Protobuf', consequence: CONSEQUENCE[format] },
        fix: {
          label: 'Register the schema in a schema registry',
          apply: (d) => patchNode(d, channel.id, { messageSchema: { registry: true } }),
        },
      });
    }
  },
});
