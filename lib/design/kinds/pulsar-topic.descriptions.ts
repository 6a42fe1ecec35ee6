import type { DescribedFields } from '../field-descriptions';
import { pulsarTopic } from './pulsar-topic';

/**
 * What the fields of pulsar-topic.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const pulsarTopicFieldDescriptions: DescribedFields = [
  [
    pulsarTopic.schema,
    {
      tenant: 'Tenant (Pulsar’s default tenant: public)',
      namespace: 'Namespace inside the tenant; its policies apply to every topic in it',
      persistence: 'persistent: stored in BookKeeper until acknowledged; non-persistent: kept in broker memory only, dropped on a broker restart or a slow consumer',
      partitions: 'Partitions; 0 = a non-partitioned topic',
      retentionTimeInMinutes: 'Retention of acknowledged messages in minutes; -1 = forever (broker default: 0, deleted once acknowledged)',
      retentionSizeInMB: 'Retention of acknowledged messages in MB; -1 = unlimited (broker default: 0)',
      messageTtlSeconds: 'Unacknowledged messages older than this are acknowledged by the broker; 0 = never (broker default: 0)',
      backlogQuotaLimitBytes: 'Backlog quota: largest unacknowledged backlog in bytes; -1 = none (broker default: -1)',
      backlogQuotaLimitSeconds: 'Backlog quota: oldest unacknowledged message age in seconds; -1 = none (broker default: -1)',
      backlogQuotaPolicy: 'What the broker does at the quota: hold producers, fail them, or evict the oldest backlog (broker default: producer_request_hold)',
      deduplication: 'Broker-side deduplication by producer name and sequence id (broker default: off)',
      schemaCompatibilityStrategy: 'How a new schema version is checked (broker default: FULL)',
      offloadDriver: 'Tiered storage: where closed ledgers are offloaded (unset: no offload)',
      offloadThresholdBytes: 'Tiered storage: offload once the topic holds this many bytes in BookKeeper; -1 = never (namespace default: -1)',
    },
  ],
];
