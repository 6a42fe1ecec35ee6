import type { KindFieldLabels, Labels } from './field-label-types';

type ArtemisKind = 'artemis-address' | 'artemis-queue';
type ArtemisLabels = KindFieldLabels<ArtemisKind>;

/** The inspector's words for the Apache ActiveMQ Artemis kinds' fields (field-labels.ts joins every family's table and passes its shared labels in). */
export function artemisFieldLabels(shared: Labels): ArtemisLabels {
  return {
    'artemis-address': {
      routingType: 'Routing type',
      settings: 'Address settings',
      messageSchema: shared.messageSchema,
    },
    'artemis-queue': {
      durable: 'Durable',
      filter: 'Filter (selector)',
      exclusive: 'Exclusive (one consumer at a time)',
      'last-value-key': 'Last-value key',
      'group-rebalance': 'Rebalance message groups',
      'group-buckets': 'Group buckets',
      'max-consumers': 'Max consumers',
      'purge-on-no-consumers': 'Purge when no consumers',
      role: shared.role,
      messageSchema: shared.messageSchema,
      depthAlert: shared.depthAlert,
      depthAlertMessages: shared.depthAlertMessages,
    },
  };
}
