import { z } from 'zod';
import { SERVICEBUS_LIMITS as L } from './servicebus-limits';
import { baseNodeFields } from '../fields';
import { rect } from './icon';
import { defineKind } from './kind';
import { servicebusReceiverFields } from './servicebus-entity-fields';

export const correlationFilterSchema = z.object({
  correlationId: z.string().max(1000).optional(),
  messageId: z.string().max(1000).optional(),
  label: z.string().max(1000).optional(),
  to: z.string().max(1000).optional(),
  replyTo: z.string().max(1000).optional(),
  sessionId: z.string().max(1000).optional(),
  contentType: z.string().max(1000).optional(),
  properties: z.record(z.string().max(255), z.string().max(1000)).optional(),
});

/** A subscription rule: one filter (SQL or correlation) and an optional SQL action. */
export const servicebusRuleSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .max(L.subscriptionNameLength)
      .regex(/^[A-Za-z0-9$][A-Za-z0-9._\-$]*$/, 'Letters, digits, . _ - $'),
    filterType: z.enum(['SqlFilter', 'CorrelationFilter']),
    sqlExpression: z.string().min(1).max(L.sqlFilterLength).optional(),
    correlationFilter: correlationFilterSchema.optional(),
    action: z.string().min(1).max(L.sqlFilterLength).optional(),
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
    defaultMessageTimeToLiveSeconds: z.number().int().min(1).optional(),
    deadLetteringOnFilterEvaluationExceptions: z.boolean().optional(),
    rules: z.array(servicebusRuleSchema).max(2000).optional(),
    depthAlert: z.boolean().default(false),
  }),
  outgoing: { consume: ['consumer-group'], 'dead-letter': ['servicebus-queue', 'servicebus-topic'] },
});
export type ServicebusSubscriptionNode = z.infer<typeof servicebusSubscription.schema>;
