import { incoming, nodeById, nodesOfKind } from '../../design';
import { converterFacts, converterFitsSchema, JSON_CONVERTER_SCHEMAS_ENABLE_DEFAULT } from '../../brokers/kafka-connect/converters';
import { defineRule } from '../rule';
import { topicsReadBy, topicsWrittenBy } from './_topics';

export const converterMatchesTopicSchema = defineRule({
  meta: {
    id: 'connect/converter-matches-topic-schema',
    category: 'schema',
    severity: 'error',
    docs: {
      summary: 'A connector\'s value converter must read and write the format the topic\'s messages are declared in.',
      rationale:
        'A converter decodes exactly one wire format. An Avro converter on a topic of JSON messages (or JSON on Avro) fails on every record: the sink task stops, or with errors.tolerance=all skips everything. JsonConverter with schemas.enable=true (its default) expects each message to be a {"schema", "payload"} envelope, which plain JSON written by ordinary producers is not.',
      howToFix: 'Use the converter of the topic\'s format (AvroConverter for Avro, JsonSchemaConverter for JSON Schema, ProtobufConverter for Protobuf, JsonConverter with value.converter.schemas.enable=false for plain JSON), or correct the topic\'s declared message format.',
      sources: [
        { label: 'Confluent: Kafka Connect converters and serialization explained', url: 'https://www.confluent.io/blog/kafka-connect-deep-dive-converters-serialization-explained/' },
        { label: 'Confluent: Using Kafka Connect with Schema Registry', url: 'https://docs.confluent.io/platform/current/schema-registry/connect.html' },
      ],
    },
    messages: {
      sinkReadsOtherFormat: 'Sink connector "{connector}" reads topic "{topic}", declared {format}, with {converter}, which decodes {converterFormat}: every record fails to convert.',
      sourceWritesOtherFormat: 'Source connector "{connector}" writes {converterFormat} ({converter}) to topic "{topic}", declared {format}: its readers cannot decode what it writes.',
      noEnvelope: 'Sink connector "{connector}" reads plain JSON from topic "{topic}" with JsonConverter and schemas.enable=true, which expects a schema/payload envelope: every record fails to convert.',
    },
    examples: {
      failing: {
        nodes: [
          { kind: 'producer', id: 'orders-api' },
          { kind: 'kafka-topic', id: 'orders', messageSchema: { format: 'json' } },
          { kind: 'connect-sink', id: 'orders-to-warehouse', config: { 'value.converter': 'io.confluent.connect.avro.AvroConverter', 'value.converter.schema.registry.url': 'http://sr:8081' } },
        ],
        connections: [
          { from: 'orders-api', to: 'orders' },
          { from: 'orders', to: 'orders-to-warehouse' },
        ],
      },
      passing: {
        nodes: [
          { kind: 'producer', id: 'orders-api' },
          { kind: 'kafka-topic', id: 'orders', messageSchema: { format: 'avro', registry: true } },
          { kind: 'connect-sink', id: 'orders-to-warehouse', config: { 'value.converter': 'io.confluent.connect.avro.AvroConverter', 'value.converter.schema.registry.url': 'http://sr:8081' } },
        ],
        connections: [
          { from: 'orders-api', to: 'orders' },
          { from: 'orders', to: 'orders-to-warehouse' },
        ],
      },
    },
  },
  check({ design, report }) {
    const short = (className: string) => className.slice(className.lastIndexOf('.') + 1);
    for (const sink of nodesOfKind(design, 'connect-sink')) {
      const converter = sink.config['value.converter'];
      const facts = converterFacts(converter);
      if (!facts) continue;
      for (const topic of topicsReadBy(design, sink.id)) {
        if (!converterFitsSchema(facts, topic.messageSchema)) {
          report({
            target: { type: 'node', id: sink.id },
            messageId: 'sinkReadsOtherFormat',
            data: { connector: sink.name, topic: topic.name, format: topic.messageSchema.format, converter: short(converter!), converterFormat: facts.format },
          });
        } else if (facts.format === 'json' && topic.messageSchema.format === 'json' && (sink.config['value.converter.schemas.enable'] ?? JSON_CONVERTER_SCHEMAS_ENABLE_DEFAULT)) {
          // Only Connect (a source with JsonConverter and schemas on) writes the envelope; services write plain JSON.
          const writers = incoming(design, topic.id, 'publish').map((c) => nodeById(design, c.from));
          const plain = writers.some((w) => w !== undefined && !(w.kind === 'connect-source' && w.config['value.converter'] === converter && (w.config['value.converter.schemas.enable'] ?? JSON_CONVERTER_SCHEMAS_ENABLE_DEFAULT)));
          if (plain) report({ target: { type: 'node', id: sink.id }, messageId: 'noEnvelope', data: { connector: sink.name, topic: topic.name } });
        }
      }
    }
    for (const source of nodesOfKind(design, 'connect-source')) {
      const converter = source.config['value.converter'];
      const facts = converterFacts(converter);
      if (!facts) continue;
      for (const topic of topicsWrittenBy(design, source.id)) {
        if (converterFitsSchema(facts, topic.messageSchema)) continue;
        report({
          target: { type: 'node', id: source.id },
          messageId: 'sourceWritesOtherFormat',
          data: { connector: source.name, topic: topic.name, format: topic.messageSchema.format, converter: short(converter!), converterFormat: facts.format },
        });
      }
    }
  },
});
