import { z } from 'zod';
import { baseNodeFields, channelRoleSchema, messageSchemaSchema } from '../fields';
import { defineKind } from './kind';

/**
 * An SQS queue. Attribute names are the CloudFormation ones in camelCase
 * (`visibilityTimeout` ↔ `VisibilityTimeout`). The redrive policy is the
 * queue's `dead-letter` connection, which carries `maxReceiveCount`.
 */
export const sqsQueue = defineKind({
  kind: 'sqs-queue',
  label: 'SQS queue',
  description: 'A managed queue; standard or FIFO.',
  look: { color: '#d9480f', shape: 'channel', group: 'AWS', icon: ['M2 3.5h12v9H2z', 'M4.5 6h7M4.5 8h7M4.5 10h4'] },
  broker: 'sqs-sns',
  clusterBrokers: ['sqs-sns'],
  channel: 'stores',
  schema: z.object({
    kind: z.literal('sqs-queue'),
    ...baseNodeFields,
    fifo: z.boolean().default(false),
    contentBasedDeduplication: z.boolean().default(false),
    highThroughputFifo: z.boolean().default(false),
    visibilityTimeout: z.number().int().min(0).optional(),
    messageRetentionPeriod: z.number().int().min(0).optional(),
    delaySeconds: z.number().int().min(0).optional(),
    receiveMessageWaitTimeSeconds: z.number().int().min(0).optional(),
    maximumMessageSize: z.number().int().min(0).optional(),
    kmsManagedKey: z.enum(['none', 'sqs-managed', 'aws-managed', 'customer-managed']).optional(),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
    depthAlert: z.boolean().default(false),
    depthAlertMessages: z.number().int().min(0).max(1_000_000_000).optional(),
  }),
  outgoing: { consume: ['consumer-group'], 'dead-letter': ['sqs-queue'] },
  servicesPublish: true,
  takesDeadLettersFromConsumers: true,
  recommended: { receiveMessageWaitTimeSeconds: 20 },
});
export type SqsQueueNode = z.infer<typeof sqsQueue.schema>;
