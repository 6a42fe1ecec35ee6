import type { RuleDocs } from '../rule-docs';

/** The docs and examples of `connect/converter-matches-topic-schema`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A converter decodes exactly one wire format. An Avro converter on a topic of JSON messages (or JSON on Avro) fails on every record: the sink task stops, or with errors.tolerance=all skips everything. JsonConverter with schemas.enable=true (its default) expects each message to be a {"schema", "payload"} envelope, which plain JSON written by ordinary producers is not.',
  howToFix:
    "Use the converter of the topic's format (AvroConverter for Avro, JsonSchemaConverter for JSON Schema, ProtobufConverter for Protobuf, JsonConverter with value.converter.schemas.enable=false for plain JSON), or correct the topic's declared message format.",
  sources: [
    { label: 'Confluent: Kafka Connect converters and serialization explained', url: 'https://www.confluent.io/blog/kafka-connect-deep-dive-converters-serialization-explained/' },
    { label: 'Confluent: Using Kafka Connect with Schema Registry', url: 'https://docs.confluent.io/platform/current/schema-registry/connect.html' },
  ],
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
};
