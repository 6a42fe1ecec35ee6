import type { SettingSource } from '../source';
import { PUBSUB_DOCS } from './sources';

/** What Pub/Sub gives a subscription for the settings it is created without. */
export interface PubsubSubscriptionDefaults {
  /** 10 s: the API's default when ackDeadlineSeconds is 0 or unset. */
  ackDeadlineSeconds: number;
  /** 7 days. */
  messageRetentionDuration: number;
  retainAckedMessages: boolean;
  enableMessageOrdering: boolean;
  enableExactlyOnceDelivery: boolean;
  /** Seconds of inactivity before the subscription is deleted; 31 days when no expiration policy is set, 0 for never. */
  expirationTtlSeconds: number;
}

export const PUBSUB_SUBSCRIPTION_DEFAULTS: { values: PubsubSubscriptionDefaults; source: SettingSource } = {
  values: {
    ackDeadlineSeconds: 10,
    messageRetentionDuration: 604_800,
    retainAckedMessages: false,
    enableMessageOrdering: false,
    enableExactlyOnceDelivery: false,
    expirationTtlSeconds: 2_678_400,
  },
  source: { origin: 'broker', label: 'Pub/Sub default', url: PUBSUB_DOCS.subscriptionResource.url },
};

/** maxDeliveryAttempts when a dead-letter topic is set without it (the API reads 0 as 5). */
export const PUBSUB_DEFAULT_MAX_DELIVERY_ATTEMPTS = 5;
