import type { KindFieldLabels, Labels } from './field-label-types';

type PulsarKind = 'pulsar-topic' | 'pulsar-subscription';
type PulsarLabels = KindFieldLabels<PulsarKind>;

/**
 * The inspector's words for the Apache Pulsar kinds' fields (field-labels.ts joins every family's
 * table and passes its shared labels in).
 */
export function pulsarFieldLabels(shared: Labels): PulsarLabels {
  return {
    'pulsar-topic': {
      tenant: 'Tenant',
      namespace: 'Namespace',
      persistence: 'Persistence',
      partitions: 'Partitions',
      retentionTimeInMinutes: 'Retention (min)',
      retentionSizeInMB: 'Retention (MB)',
      messageTtlSeconds: 'Message TTL (s)',
      backlogQuotaLimitBytes: 'Backlog quota (bytes)',
      backlogQuotaLimitSeconds: 'Backlog quota (s)',
      backlogQuotaPolicy: 'Backlog quota policy',
      deduplication: 'Deduplication',
      schemaCompatibilityStrategy: 'Schema compatibility',
      offloadDriver: 'Tiered storage',
      offloadThresholdBytes: 'Offload threshold (bytes)',
      role: shared.role,
      messageSchema: shared.messageSchema,
    },
    'pulsar-subscription': {
      subscriptionType: 'Subscription type',
      subscriptionInitialPosition: 'Initial position',
      ackTimeoutMillis: 'Ack timeout (ms)',
      negativeAckRedeliveryDelayMicros: 'Negative ack redelivery delay (µs)',
      maxRedeliverCount: 'Max redeliveries',
      retryEnable: 'Retry letter topic',
      depthAlert: shared.depthAlert,
    },
  };
}
