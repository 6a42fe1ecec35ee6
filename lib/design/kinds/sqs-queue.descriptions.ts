import type { DescribedFields } from '../field-descriptions';
import { sqsQueue } from './sqs-queue';

/**
 * What the fields of sqs-queue.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const sqsQueueFieldDescriptions: DescribedFields = [
  [
    sqsQueue.schema,
    {
      highThroughputFifo: 'DeduplicationScope=messageGroup, FifoThroughputLimit=perMessageGroupId',
      visibilityTimeout: 'Seconds (0–43200; AWS default: 30)',
      messageRetentionPeriod: 'Seconds (60–1209600; AWS default: 345600, 4 days)',
      delaySeconds: 'Seconds (0–900; AWS default: 0)',
      receiveMessageWaitTimeSeconds: 'Long polling, seconds (0–20; AWS default: 0, short polling)',
      maximumMessageSize: 'Bytes (1024–1048576; AWS default: 262144)',
      kmsManagedKey: 'Server-side encryption (AWS default for new queues: SQS-managed)',
      depthAlertMessages: 'The depth alert fires when more than this many messages wait',
    },
  ],
];
