import type { RuleDocs } from '../rule-docs';

/** The docs and examples of `connect/converter-needs-schema-registry`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Schema-registry converters register and look up each record\'s schema. Without key.converter.schema.registry.url / value.converter.schema.registry.url the converter cannot be configured: the connector\'s tasks fail at start ("Missing required configuration schema.registry.url").',
  howToFix: 'Set the registry URL beside the converter (value.converter.schema.registry.url for value.converter, key.converter.schema.registry.url for key.converter).',
  sources: [
    { label: 'Confluent: Using Kafka Connect with Schema Registry', url: 'https://docs.confluent.io/platform/current/schema-registry/connect.html' },
    { label: 'Kafka Connect configs: key.converter, value.converter', url: 'https://kafka.apache.org/documentation/#connectconfigs_value.converter' },
  ],
  examples: {
    failing: { nodes: [{ kind: 'connect-sink', id: 'orders-to-warehouse', config: { 'value.converter': 'io.confluent.connect.avro.AvroConverter' } }] },
    passing: {
      nodes: [
        {
          kind: 'connect-sink',
          id: 'orders-to-warehouse',
          config: { 'value.converter': 'io.confluent.connect.avro.AvroConverter', 'value.converter.schema.registry.url': 'http://schema-registry:8081' },
        },
      ],
    },
  },
};
