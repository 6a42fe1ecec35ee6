import type { DescribedFields } from '../field-descriptions';
import { artemisQueue } from './artemis-queue';

/**
 * What the fields of artemis-queue.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const artemisQueueFieldDescriptions: DescribedFields = [
  [
    artemisQueue.schema,
    {
      durable: 'Survives a broker restart (a durable subscription, for a multicast address)',
      filter: 'Selector: only matching messages enter the queue',
      exclusive: 'Delivers to one consumer at a time, the others standing by (default: the address setting default-exclusive-queue)',
      'last-value-key': 'Makes it a last-value queue: only the newest message per value of this property is kept',
      'group-rebalance': 'Message groups are reassigned when a consumer joins',
      'group-buckets': 'Group ids are hashed into this many buckets (-1: unbounded)',
      'max-consumers': 'Consumers allowed at once (Artemis default: -1, no limit)',
      'purge-on-no-consumers': 'Deletes its messages when the last consumer leaves',
      depthAlert: 'An alert fires on queue depth (for dead-letter queues)',
      depthAlertMessages: 'The depth alert fires when more than this many messages wait',
    },
  ],
];
