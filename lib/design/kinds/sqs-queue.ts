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
  broker: 'sqs-sns',
  clusterBrokers: ['sqs-sns'],
  schema: z.object({
    kind: z.literal('sqs-queue'),
    ...baseNodeFields,
    fifo: z.boolean().default(false),
    contentBasedDeduplication: z.boolean().default(false),
    highThroughputFifo: z.boolean().default(false).meta({ description: 'DeduplicationScope=messageGroup, FifoThroughputLimit=perMessageGroupId' }),
    visibilityTimeout: z.number().int().min(0).default(30).meta({ description: 'Seconds (0–43200)' }),
    messageRetentionPeriod: z.number().int().min(0).default(345_600).meta({ description: 'Seconds (60–1209600)' }),
    delaySeconds: z.number().int().min(0).default(0).meta({ description: 'Seconds (0–900)' }),
    receiveMessageWaitTimeSeconds: z.number().int().min(0).default(20).meta({ description: 'Long polling, seconds (0–20)' }),
    maximumMessageSize: z.number().int().min(0).default(262_144).meta({ description: 'Bytes (1024–1048576)' }),
    kmsManagedKey: z.enum(['none', 'sqs-managed', 'aws-managed', 'customer-managed']).default('sqs-managed'),
    role: channelRoleSchema,
    messageSchema: messageSchemaSchema.default({ format: 'none', registry: false }),
    depthAlert: z.boolean().default(false),
  }),
  outgoing: { consume: ['consumer-group'], 'dead-letter': ['sqs-queue'] },
});
export type SqsQueueNode = z.infer<typeof sqsQueue.schema>;
