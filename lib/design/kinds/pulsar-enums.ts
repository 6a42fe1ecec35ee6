/** Pulsar's own names for a subscription's type, a namespace's schema compatibility and its backlog quota policy, as the kinds' schemas accept them. */
export const PULSAR_SUBSCRIPTION_TYPES = ['Exclusive', 'Shared', 'Failover', 'Key_Shared'] as const;
export type PulsarSubscriptionType = (typeof PULSAR_SUBSCRIPTION_TYPES)[number];

export const PULSAR_SCHEMA_COMPATIBILITY = ['ALWAYS_INCOMPATIBLE', 'ALWAYS_COMPATIBLE', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE'] as const;

export const PULSAR_BACKLOG_QUOTA_POLICIES = ['producer_request_hold', 'producer_exception', 'consumer_backlog_eviction'] as const;
