import type { SettingSource } from '../source';
import { SERVICEBUS_DOCS } from './sources';

/** What Service Bus gives a queue or subscription for the settings it is created without. */
export interface ServicebusReceiverDefaults {
  /** 1 minute. */
  lockDurationSeconds: number;
  /** 10 deliveries, then the message is dead-lettered (MaxDeliveryCountExceeded). */
  maxDeliveryCount: number;
  requiresSession: boolean;
  /** Expired messages are dropped, not dead-lettered, unless this is set. */
  deadLetteringOnMessageExpiration: boolean;
}

/** What Service Bus gives a queue or topic for its duplicate detection settings. */
export interface ServicebusSenderEntityDefaults {
  requiresDuplicateDetection: boolean;
  /** 10 minutes, read only when duplicate detection is on. */
  duplicateDetectionHistoryTimeWindowSeconds: number;
  enablePartitioning: boolean;
}

export const SERVICEBUS_RECEIVER_DEFAULTS: { values: ServicebusReceiverDefaults; source: SettingSource } = {
  values: { lockDurationSeconds: 60, maxDeliveryCount: 10, requiresSession: false, deadLetteringOnMessageExpiration: false },
  source: { origin: 'broker', label: 'Service Bus default', url: SERVICEBUS_DOCS.armQueue.url },
};

export const SERVICEBUS_SENDER_ENTITY_DEFAULTS: { values: ServicebusSenderEntityDefaults; source: SettingSource } = {
  values: { requiresDuplicateDetection: false, duplicateDetectionHistoryTimeWindowSeconds: 600, enablePartitioning: false },
  source: { origin: 'broker', label: 'Service Bus default', url: SERVICEBUS_DOCS.duplicateDetection.url },
};

/** A subscription dead-letters messages whose rule evaluation throws unless this is switched off (default true). */
export const SERVICEBUS_SUBSCRIPTION_DEFAULTS: { values: { deadLetteringOnFilterEvaluationExceptions: boolean }; source: SettingSource } = {
  values: { deadLetteringOnFilterEvaluationExceptions: true },
  source: { origin: 'broker', label: 'Service Bus default', url: SERVICEBUS_DOCS.armSubscription.url },
};

/** The namespace tier when the cluster's config names none: Standard, the tier the portal preselects. */
export const SERVICEBUS_DEFAULT_TIER = 'Standard';
