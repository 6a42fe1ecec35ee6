import { z } from 'zod';
import { baseNodeFields, messageSchemaSchema } from '../fields';
import { circle } from './icon';
import { defineKind } from './kind';

/** An SNS topic. Subscriptions are connections: `subscription` to SQS, `consume` for Lambda / HTTP endpoints. */
export const snsTopic = defineKind({
  kind: 'sns-topic',
  label: 'SNS topic',
  description: 'Fans messages out to its subscriptions.',
  look: { color: '#c2255c', shape: 'channel', group: 'AWS', icon: [circle(4, 8, 2), 'M6 8h3M9 8l4-4M9 8l4 4M9 8h5'] },
  broker: 'sqs-sns',
  clusterBrokers: ['sqs-sns'],
  channel: 'routes',
  schema: z.object({
    kind: z.literal('sns-topic'),
    ...baseNodeFields,
    fifo: z.boolean().default(false),
    contentBasedDeduplication: z.boolean().default(false),
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
  }),
  outgoing: { subscription: ['sqs-queue'], consume: ['consumer-group'] },
  servicesPublish: true,
});
export type SnsTopicNode = z.infer<typeof snsTopic.schema>;
