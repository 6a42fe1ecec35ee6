import type { DescribedFields } from '../field-descriptions';
import { artemisAddress, artemisAddressSettingsSchema } from './artemis-address';

/**
 * What the fields of artemis-address.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const artemisAddressFieldDescriptions: DescribedFields = [
  [
    artemisAddressSettingsSchema,
    {
      'max-delivery-attempts': 'Deliveries before a message goes to the dead-letter address, or is removed without one (-1: forever; Artemis default: 10)',
      'redelivery-delay': 'ms before a rolled-back message is redelivered (Artemis default: 0, at once)',
      'redelivery-delay-multiplier': 'Each redelivery waits this times the previous delay (Artemis default: 1.0)',
      'max-redelivery-delay': 'ms the growing redelivery delay stops at (Artemis default: redelivery-delay × 10)',
      'expiry-address': 'Where expired messages go (Artemis default: none, they are removed)',
      'address-full-policy': 'What happens when the address reaches max-size-bytes or max-size-messages (Artemis default: PAGE)',
      'max-size-bytes': 'Bytes in memory before the full policy applies (-1: only the global-max-size; Artemis default: -1)',
      'max-size-messages': 'Messages in memory before the full policy applies (Artemis default: -1, no limit)',
      'default-last-value-queue': 'Queues on this address keep only the latest message per last-value key (Artemis default: false)',
      'default-last-value-key': 'The property whose value identifies the "last value"',
      'default-exclusive-queue': 'Queues on this address deliver to one consumer at a time (Artemis default: false)',
      'default-group-rebalance': 'Message groups are rebalanced when a consumer joins (Artemis default: false)',
    },
  ],
  [
    artemisAddress.schema,
    {
      routingType: 'anycast: each message goes to one queue (point-to-point); multicast: to every queue (publish-subscribe)',
    },
  ],
];
