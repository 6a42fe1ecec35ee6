import { z } from 'zod';
import { parseHostPort } from './host-port';

/**
 * How to reach a Kafka cluster for a read-only import: bootstrap servers and,
 * where the cluster needs them, SASL credentials and TLS. The same schema
 * checks the studio's request body and the CLI's flags. Credentials live only
 * as long as the request: nothing here is stored or logged.
 */

/** Default bound on the whole read (connect, authenticate, describe everything). */
export const DEFAULT_LIVE_TIMEOUT_MS = 10_000;
/** The longest a caller may ask for. */
export const MAX_LIVE_TIMEOUT_MS = 60_000;

export const bootstrapSchema = z
  .string()
  .trim()
  .min(1, 'Give at least one bootstrap server (host:port).')
  .max(2000)
  .transform((text) =>
    text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine((list) => list.length > 0 && list.length <= 50, 'Give between 1 and 50 bootstrap servers.')
  .refine((list) => list.every((s) => parseHostPort(s) !== undefined), 'Bootstrap servers are host:port or [IPv6]:port, comma-separated (e.g. broker-1:9092,broker-2:9092).');

export const kafkaConnectionSchema = z.object({
  bootstrap: bootstrapSchema,
  sasl: z
    .object({
      mechanism: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']),
      username: z.string().min(1).max(500),
      password: z.string().min(1).max(2000),
    })
    .strict()
    .optional(),
  tls: z
    .object({
      /** Off only for test clusters with self-signed certificates. */
      rejectUnauthorized: z.boolean().default(true),
      /** PEM certificate(s) of the CA that signed the brokers' certificates. */
      ca: z.string().max(100_000).optional(),
    })
    .strict()
    .optional(),
  timeoutMs: z.number().int().min(1000).max(MAX_LIVE_TIMEOUT_MS).default(DEFAULT_LIVE_TIMEOUT_MS),
});

export type KafkaConnection = z.output<typeof kafkaConnectionSchema>;
export type KafkaConnectionInput = z.input<typeof kafkaConnectionSchema>;
