import { z } from 'zod';
import { SERVICEBUS_LIMITS as L } from './servicebus-limits';
import { baseNodeFields } from '../fields';
import { rect } from './icon';
import { defineKind } from './kind';
import { servicebusReceiverFields } from './servicebus-entity-fields';

const correlationFilterSchema = z.object({
  correlationId: z.string().max(1000).optional(),
  messageId: z.string().max(1000).optional(),
  label: z.string().max(1000).optional().meta({ description: 'Subject (label) to match' }),
  to: z.string().max(1000).optional(),
  replyTo: z.string().max(1000).optional(),
  sessionId: z.string().max(1000).optional(),
  contentType: z.string().max(1000).optional(),
  properties: z.record(z.string().max(255), z.string().max(1000)).optional().meta({ description: 'Application properties to match, by name' }),
});

/** A subscription rule: one filter (SQL or correlation) and an optional SQL action. */
export const servicebusRuleSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .max(L.subscriptionNameLength)
      .regex(/^[A-Za-z0-9$][A-Za-z0-9._\-$]*$/, 'Letters, digits, . _ - $'),
    filterType: z.enum(['SqlFilter', 'CorrelationFilter']).meta({ description: 'SQL expression over message properties, or exact property matches' }),
    sqlExpression: z.string().min(1).max(L.sqlFilterLength).optional().meta({ description: "SqlFilter: e.g. region = 'eu' AND total > 100; '1=0' matches nothing" }),
    correlationFilter: correlationFilterSchema.optional().meta({ description: 'CorrelationFilter: every set field must be equal' }),
    action: z.string().min(1).max(L.sqlFilterLength).optional().meta({ description: "SQL action run on matching messages, e.g. SET sys.label = 'eu'" }),
  })
  .refine((r) => (r.filterType === 'SqlFilter' ? r.sqlExpression !== undefined : r.correlationFilter !== undefined), {
    message: 'A SqlFilter needs sqlExpression, a CorrelationFilter needs correlationFilter',
  });
export type ServicebusRule = z.infer<typeof servicebusRuleSchema>;

/**
 * An Azure Service Bus topic subscription, with the ARM property names. Its topic is the incoming
 * `subscription` connection; it delivers to the consumer group of its `consume` connection. Unset
 * `rules` is Service Bus's `$Default` rule (a TrueFilter: every message); set rules replace it.
 */
export const servicebusSubscription = defineKind({
  kind: 'servicebus-subscription',
  label: 'Service Bus subscription',
  description: 'Azure Service Bus: a topic’s copy of the messages its rules accept, received like a queue.',
  look: { color: '#2b88d8', shape: 'channel', group: 'Azure Service Bus', icon: [rect(1.5, 3.5, 13, 9, 1.5), 'M4 6h8M5.5 8h5M7 10h2'] },
  broker: 'servicebus',
  clusterBrokers: ['servicebus'],
  channel: 'stores',
  schema: z.object({
    kind: z.literal('servicebus-subscription'),
    ...baseNodeFields,
    ...servicebusReceiverFields,
    defaultMessageTimeToLiveSeconds: z.number().int().min(1).optional().meta({ description: 'Seconds a message lives here unless it sets its own TTL (unset: the topic’s)' }),
    deadLetteringOnFilterEvaluationExceptions: z.boolean().optional().meta({ description: 'Dead-letters a message whose rule evaluation fails instead of dropping it (default true)' }),
    rules: z.array(servicebusRuleSchema).max(2000).optional().meta({ description: 'Filter rules; a message is copied once if any rule matches (unset: $Default, every message)' }),
    depthAlert: z.boolean().default(false).meta({ description: 'An alert fires on active or dead-lettered message count' }),
  }),
  outgoing: { consume: ['consumer-group'], 'dead-letter': ['servicebus-queue', 'servicebus-topic'] },
});
export type ServicebusSubscriptionNode = z.infer<typeof servicebusSubscription.schema>;
