import type { SettingSource } from '../source';
import type { PULSAR_SCHEMA_COMPATIBILITY, PulsarSubscriptionType } from '../../design/kinds/pulsar-enums';
import { PULSAR_DOCS } from './sources';

/** What a Pulsar client gives a subscription for the consumer settings it leaves unset (Java client ConsumerConfigurationData). */
export interface PulsarSubscriptionDefaults {
  /** Exclusive: one consumer at a time. */
  subscriptionType: PulsarSubscriptionType;
  /** 0: no acknowledgment timeout, an unacked message waits for the consumer forever. */
  ackTimeoutMillis: number;
  /** One minute before a negatively acknowledged message is redelivered. */
  negativeAckRedeliveryDelayMicros: number;
  /** Off: reconsumeLater() has no retry letter topic. */
  retryEnable: boolean;
  subscriptionInitialPosition: 'Latest' | 'Earliest';
}

export const PULSAR_SUBSCRIPTION_DEFAULTS: { values: PulsarSubscriptionDefaults; source: SettingSource } = {
  values: {
    subscriptionType: 'Exclusive',
    ackTimeoutMillis: 0,
    negativeAckRedeliveryDelayMicros: 60_000_000,
    retryEnable: false,
    subscriptionInitialPosition: 'Latest',
  },
  source: { origin: 'client', label: 'Pulsar Java client default', url: PULSAR_DOCS.consumerConf.url },
};

/** What a broker applies to a namespace that sets none of these policies (broker.conf defaults). */
export interface PulsarTopicPolicyDefaults {
  /** 0 minutes and 0 MB: a message is deleted once every subscription acknowledged it. */
  retentionTimeInMinutes: number;
  retentionSizeInMB: number;
  /** 0: no message TTL, unacked messages stay until consumed. */
  messageTtlSeconds: number;
  /** -1: no backlog size limit (backlogQuotaDefaultLimitBytes). */
  backlogQuotaLimitBytes: number;
  /** Off (brokerDeduplicationEnabled=false). */
  deduplication: boolean;
  /** FULL (schemaCompatibilityStrategy in broker.conf, used while the namespace's is UNDEFINED). */
  schemaCompatibilityStrategy: (typeof PULSAR_SCHEMA_COMPATIBILITY)[number];
}

export const PULSAR_TOPIC_POLICY_DEFAULTS: { values: PulsarTopicPolicyDefaults; source: SettingSource } = {
  values: {
    retentionTimeInMinutes: 0,
    retentionSizeInMB: 0,
    messageTtlSeconds: 0,
    backlogQuotaLimitBytes: -1,
    deduplication: false,
    schemaCompatibilityStrategy: 'FULL',
  },
  source: { origin: 'broker', label: 'Pulsar broker default', url: PULSAR_DOCS.brokerConf.url },
};
