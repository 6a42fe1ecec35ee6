import { nodesOfKind } from '../../design';
import { converterFacts } from '../../brokers/kafka-connect/converters';
import { defineRule } from '../rule';

export const converterNeedsSchemaRegistry = defineRule({
  meta: {
    id: 'connect/converter-needs-schema-registry',
    category: 'schema',
    severity: 'error',
    docs: {
      summary: 'A connector that uses the Avro, Protobuf or JSON Schema converter must name its schema registry.',
      rationale:
        'Schema-registry converters register and look up each record\'s schema. Without key.converter.schema.registry.url / value.converter.schema.registry.url the converter cannot be configured: the connector\'s tasks fail at start ("Missing required configuration schema.registry.url").',
      howToFix: 'Set the registry URL beside the converter (value.converter.schema.registry.url for value.converter, key.converter.schema.registry.url for key.converter).',
      sources: [
        { label: 'Confluent: Using Kafka Connect with Schema Registry', url: 'https://docs.confluent.io/platform/current/schema-registry/connect.html' },
        { label: 'Kafka Connect configs: key.converter, value.converter', url: 'https://kafka.apache.org/documentation/#connectconfigs_value.converter' },
      ],
    },
    messages: {
      noRegistry: 'Connector "{connector}" uses {converter} as {side}.converter but sets no {side}.converter.{property}: its tasks cannot start.',
    },
    examples: {
      failing: { nodes: [{ kind: 'connect-sink', id: 'orders-to-warehouse', config: { 'value.converter': 'io.confluent.connect.avro.AvroConverter' } }] },
      passing: {
        nodes: [{ kind: 'connect-sink', id: 'orders-to-warehouse', config: { 'value.converter': 'io.confluent.connect.avro.AvroConverter', 'value.converter.schema.registry.url': 'http://schema-registry:8081' } }],
      },
    },
  },
  check({ design, report }) {
    for (const connector of [...nodesOfKind(design, 'connect-source'), ...nodesOfKind(design, 'connect-sink')]) {
      for (const side of ['key', 'value'] as const) {
        const converter = connector.config[`${side}.converter`];
        const facts = converterFacts(converter);
        if (!facts?.registryUrlProperty) continue;
        const property = `${side}.converter.${facts.registryUrlProperty}`;
        // The Confluent URL has its own field; other registries' settings live with the plugin's settings.
        const set = (connector.config as Record<string, unknown>)[property] ?? connector.extra[property];
        if (set !== undefined && set !== '') continue;
        report({
          target: { type: 'node', id: connector.id },
          messageId: 'noRegistry',
          data: { connector: connector.name, converter: converter!.slice(converter!.lastIndexOf('.') + 1), side, property: facts.registryUrlProperty },
        });
      }
    }
  },
});
