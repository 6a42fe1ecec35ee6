import type { MessageSchema } from '../../design';

/**
 * What Kafka Connect's common converters write and read, and which need a
 * schema registry. A converter not listed here is unknown to the review,
 * which then says nothing about it.
 */
export interface ConverterFacts {
  /** The wire format, in the design's message-schema terms (`string`/`bytes` pass any payload through). */
  format: 'avro' | 'protobuf' | 'json-schema' | 'json' | 'string' | 'bytes';
  /** The converter property (after `key.converter.` / `value.converter.`) that must name the registry, for registry-backed converters. */
  registryUrlProperty?: string;
}

/** Sources: Confluent's "Using Kafka Connect with Schema Registry" and Apicurio's converter docs; Kafka's own converters need no registry. */
export const CONVERTERS: Readonly<Record<string, ConverterFacts>> = {
  'io.confluent.connect.avro.AvroConverter': { format: 'avro', registryUrlProperty: 'schema.registry.url' },
  'io.confluent.connect.protobuf.ProtobufConverter': { format: 'protobuf', registryUrlProperty: 'schema.registry.url' },
  'io.confluent.connect.json.JsonSchemaConverter': { format: 'json-schema', registryUrlProperty: 'schema.registry.url' },
  'io.apicurio.registry.utils.converter.AvroConverter': { format: 'avro', registryUrlProperty: 'apicurio.registry.url' },
  'org.apache.kafka.connect.json.JsonConverter': { format: 'json' },
  'org.apache.kafka.connect.storage.StringConverter': { format: 'string' },
  'org.apache.kafka.connect.converters.ByteArrayConverter': { format: 'bytes' },
};

export function converterFacts(className: string | undefined): ConverterFacts | undefined {
  return className !== undefined && Object.hasOwn(CONVERTERS, className) ? CONVERTERS[className] : undefined;
}

/**
 * Whether records written in `converter`'s format can be read as a topic's
 * declared format: string and byte converters carry any payload; a declared
 * format of none or CloudEvents says nothing about the encoding.
 */
export function converterFitsSchema(converter: ConverterFacts, schema: MessageSchema): boolean {
  if (converter.format === 'string' || converter.format === 'bytes') return true;
  if (schema.format === 'none' || schema.format === 'cloudevents') return true;
  return converter.format === schema.format;
}

/** JsonConverter's `schemas.enable` (default true): it expects and writes a `{"schema", "payload"}` envelope. */
export const JSON_CONVERTER_SCHEMAS_ENABLE_DEFAULT = true;
