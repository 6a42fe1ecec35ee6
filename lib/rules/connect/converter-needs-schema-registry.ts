import { nodesOfKind } from '../../design';
import { converterFacts } from '../../brokers/kafka-connect/converters';
import { defineRule } from '../rule';

export const converterNeedsSchemaRegistry = defineRule({
  meta: {
    id: 'connect/converter-needs-schema-registry',
    category: 'schema',
    severity: 'error',
    reads: ['connect-source', 'connect-sink'],
    scope: 'node',
    summary: 'A connector that uses the Avro, Protobuf or JSON Schema converter must name its schema registry.',
    messages: {
      noRegistry: 'Connector "{connector}" uses {converter} as {side}.converter but sets no {side}.converter.{property}: its tasks cannot start.',
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
