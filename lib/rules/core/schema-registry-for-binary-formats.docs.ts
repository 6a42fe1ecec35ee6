import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/schema-registry-for-binary-formats`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Binary formats are not self-describing. An Avro message can only be decoded with the writer's schema (the reader resolves it against its own), so producers and consumers must share every version; a registry stores them, tags each message with its schema id, and rejects a new version that breaks the declared compatibility. Protobuf decodes without it, but a registry is what catches a reused field number or a changed type before it reaches consumers.",
  howToFix: 'Register the schema in a schema registry (Confluent, Apicurio, AWS Glue) with a compatibility mode, and have producers serialise through it.',
  sources: [CORE_SOURCES.avroResolution, CORE_SOURCES.schemaRegistry, CORE_SOURCES.schemaEvolution],
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
};
