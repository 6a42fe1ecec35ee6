import type { KindFieldLabels, Labels } from './field-label-types';

type NatsLabels = KindFieldLabels<'nats-stream'>;

/**
 * The inspector's words for the NATS JetStream kinds' fields (field-labels.ts joins every family's
 * table and passes its shared labels in). A stream's settings keep JetStream's own names
 * (`num_replicas`) but sit among the design's fields, so they have curated labels.
 */
export function natsFieldLabels(shared: Labels): NatsLabels {
  return {
    'nats-stream': {
      subjects: 'Subjects',
      retention: 'Retention policy',
      storage: 'Storage',
      num_replicas: 'Replicas',
      max_age: 'Max age',
      max_bytes: 'Max size (bytes)',
      max_msgs: 'Max messages',
      max_msg_size: 'Max message size (bytes)',
      discard: 'When full, discard',
      duplicate_window: 'Duplicate window',
      role: shared.role,
      messageSchema: shared.messageSchema,
      depthAlert: shared.depthAlert,
      depthAlertMessages: shared.depthAlertMessages,
    },
  };
}
