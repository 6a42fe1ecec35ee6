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

/**
 * Where CreateQueue's default today differs from the design's resolved default
 * above: AWS raised the default (and maximum) MaximumMessageSize to 1 MiB in
 * August 2025, and moto answers so too. The design still resolves an unset
 * size to 256 KiB, so live apply creates queues with the design's value and an
 * audit names a live 1 MiB as AWS's default rather than as set on the queue.
 */
export const SQS_CREATE_QUEUE_DEFAULTS_NOW: Readonly<Partial<Record<keyof SqsQueueDefaults, number>>> = { maximumMessageSize: 1_048_576 };
