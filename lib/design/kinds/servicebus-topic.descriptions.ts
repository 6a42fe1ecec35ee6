import type { DescribedFields } from '../field-descriptions';
import { servicebusTopic } from './servicebus-topic';

/**
 * What the fields of servicebus-topic.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const servicebusTopicFieldDescriptions: DescribedFields = [
  [
    servicebusTopic.schema,
    {
      supportOrdering: 'Keeps send order into the subscriptions (non-partitioned topics)',
    },
  ],
];
