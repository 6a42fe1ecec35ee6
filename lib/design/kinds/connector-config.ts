import { z } from 'zod';

/**
 * The settings every Kafka Connect connector has, whatever its plugin, under
 * Connect's own property names (the names the REST API takes), so the
 * connector JSON export writes them as they are. What a design leaves unset
 * is the worker's or Connect's default (lib/brokers/kafka-connect).
 */

/** A converter class: `org.apache.kafka.connect.json.JsonConverter`, `io.confluent.connect.avro.AvroConverter`, … */
const converterClass = z.string().min(1).max(300);
const url = z.string().min(1).max(2000);

/** One single message transform, in the order the connector applies them. */
export const transformSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'A transform name uses letters, digits, "_" and "-" (it becomes part of property names: transforms.<name>.type)'),
  type: z.string().min(1).max(300).meta({ description: 'Transform class, e.g. org.apache.kafka.connect.transforms.InsertField$Value' }),
  config: z.record(z.string().max(200), z.string().max(2000)).default({}).meta({ description: "The transform's own settings, without the transforms.<name>. prefix" }),
});
export type Transform = z.infer<typeof transformSchema>;

export const connectorCommonConfig = {
  'tasks.max': z.number().int().min(1).max(10_000).optional().meta({ description: 'Most tasks the connector may run (Connect default: 1)' }),
  'key.converter': converterClass.optional().meta({ description: "Converter of record keys (unset: the worker's key.converter)" }),
  'key.converter.schema.registry.url': url.optional().meta({ description: 'Schema Registry of the key converter (Avro, Protobuf and JSON Schema converters need it)' }),
  'value.converter': converterClass.optional().meta({ description: "Converter of record values (unset: the worker's value.converter)" }),
  'value.converter.schema.registry.url': url.optional().meta({ description: 'Schema Registry of the value converter' }),
  'value.converter.schemas.enable': z.boolean().optional().meta({ description: 'JsonConverter: wrap each value in a schema/payload envelope (JsonConverter default: true)' }),
  'errors.tolerance': z.enum(['none', 'all']).optional().meta({ description: 'none stops the task at the first bad record; all skips bad records (Connect default: none)' }),
  'errors.log.enable': z.boolean().optional().meta({ description: 'Log each failed operation and bad record (Connect default: false)' }),
} as const;

export const connectorCommonFields = {
  connectorClass: z.string().min(1).max(300).meta({ description: "connector.class: the plugin's class, in full (e.g. Debezium's PostgresConnector, io.debezium.connector.postgresql…)" }),
  transforms: z.array(transformSchema).max(100).default([]).meta({ description: 'Single message transforms, applied in order' }),
  extra: z
    .record(z.string().min(1).max(200), z.string().max(10_000))
    .default({})
    .meta({ description: "The plugin's own settings by their property names, e.g. connection.url, table.include.list, file" }),
};
