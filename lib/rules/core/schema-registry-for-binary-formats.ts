import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { isChannel, kindLabel } from './_channels';
import { CORE_SOURCES } from './_sources';

const CONSEQUENCE = {
  avro: 'an Avro reader needs the exact schema the message was written with, and nothing checks that a new version stays compatible',
  protobuf: 'nothing checks that a new version keeps field numbers and types compatible, and consumers cannot look up the schema of a message',
} as const;

export const schemaRegistryForBinaryFormats = defineRule({
  meta: {
    id: 'core/schema-registry-for-binary-formats',
    category: 'schema',
    severity: 'info',
    docs: {
      summary: 'Avro and Protobuf messages should be registered in a schema registry.',
      rationale:
        'Binary formats are not self-describing. An Avro message can only be decoded with the writer\'s schema (the reader resolves it against its own), so producers and consumers must share every version; a registry stores them, tags each message with its schema id, and rejects a new version that breaks the declared compatibility. Protobuf decodes without it, but a registry is what catches a reused field number or a changed type before it reaches consumers.',
      howToFix: 'Register the schema in a schema registry (Confluent, Apicurio, AWS Glue) with a compatibility mode, and have producers serialise through it.',
      sources: [CORE_SOURCES.avroResolution, CORE_SOURCES.schemaRegistry, CORE_SOURCES.schemaEvolution],
    },
    messages: {
      noRegistry: '{kind} "{channel}" carries {format} messages without a schema registry: {consequence}.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders', messageSchema: { name: 'OrderPlaced', format: 'avro', version: '3', registry: false } }],
      },
      passing: {
        queuewright: 2,
        nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders', messageSchema: { name: 'OrderPlaced', format: 'avro', version: '3', registry: true } }],
      },
    },
  },
  check({ design, report }) {
    for (const channel of design.nodes) {
      if (!isChannel(channel) || channel.messageSchema.registry) continue;
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
