import type { SqsQueueNode } from '../../design';
import type { SettingSource } from '../source';

/** What AWS gives an SQS queue for the attributes it is created without (CreateQueue). */

export interface SqsQueueDefaults {
  visibilityTimeout: number;
  messageRetentionPeriod: number;
  delaySeconds: number;
  receiveMessageWaitTimeSeconds: number;
  maximumMessageSize: number;
  kmsManagedKey: NonNullable<SqsQueueNode['kmsManagedKey']>;
}

export const SQS_QUEUE_DEFAULTS: { values: SqsQueueDefaults; source: SettingSource } = {
  values: {
    visibilityTimeout: 30,
    messageRetentionPeriod: 345_600,
    delaySeconds: 0,
    receiveMessageWaitTimeSeconds: 0,
    maximumMessageSize: 262_144,
    // New queues get SSE-SQS encryption unless created otherwise (since 2022).
    kmsManagedKey: 'sqs-managed',
  },
  source: { origin: 'broker', label: 'AWS default', url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html' },
};
