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
  type: z.string().min(1).max(300),
  config: z.record(z.string().max(200), z.string().max(2000)).default({}),
});
export type Transform = z.infer<typeof transformSchema>;

export const connectorCommonConfig = {
  'tasks.max': z.number().int().min(1).max(10_000).optional(),
  'key.converter': converterClass.optional(),
  'key.converter.schema.registry.url': url.optional(),
  'value.converter': converterClass.optional(),
  'value.converter.schema.registry.url': url.optional(),
  'value.converter.schemas.enable': z.boolean().optional(),
  'errors.tolerance': z.enum(['none', 'all']).optional(),
  'errors.log.enable': z.boolean().optional(),
} as const;

export const connectorCommonFields = {
  connectorClass: z.string().min(1).max(300),
  transforms: z.array(transformSchema).max(100).default([]),
  extra: z.record(z.string().min(1).max(200), z.string().max(10_000)).default({}),
};
