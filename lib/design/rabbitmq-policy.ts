import { z } from 'zod';

/**
 * A RabbitMQ policy as the broker keeps it: a pattern over queue or exchange
 * names in one vhost, what it applies to, a priority (of the policies that
 * match a name, only the highest applies) and its keys. Kept on the RabbitMQ
 * cluster as declared, so a policy matches the queues created later too.
 * Queues keep what their policy gives them (`policy`, dead-letter and
 * alternate connections) for the review; exporters write the declared
 * policies and only what a queue has beyond them.
 */
export const rabbitmqPolicySchema = z.object({
  vhost: z.string().min(1).max(255).default('/'),
  name: z.string().min(1).max(255),
  pattern: z.string().max(1000).meta({ description: 'Regular expression over queue or exchange names (unanchored, as RabbitMQ matches it)' }),
  applyTo: z.enum(['all', 'queues', 'exchanges', 'classic_queues', 'quorum_queues', 'streams']).default('all'),
  priority: z.number().int().default(0),
  definition: z
    .record(z.string().max(200), z.union([z.string().max(1000), z.number(), z.boolean(), z.array(z.string().max(255)).max(100)]))
    .meta({ description: 'Policy keys, e.g. max-length, dead-letter-exchange, ha-mode, federation-upstream' }),
});
export type RabbitmqPolicy = z.infer<typeof rabbitmqPolicySchema>;
