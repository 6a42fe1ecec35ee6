import type { DescribedFields } from '../field-descriptions';
import { servicebusQueue } from './servicebus-queue';

/**
 * What the fields of servicebus-queue.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const servicebusQueueFieldDescriptions: DescribedFields = [
  [
    servicebusQueue.schema,
    {
      depthAlert: 'An alert fires on active or dead-lettered message count',
    },
  ],
];
