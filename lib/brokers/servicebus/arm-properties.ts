import { SERVICEBUS_DOCS } from './sources';

/**
 * The properties Azure's resource reference documents for the Microsoft.ServiceBus resource
 * types the Bicep export writes (API version below): a resource's top-level keys and the keys of
 * its `properties` object, nested objects by name. Facts read from the ARM/Bicep template
 * reference pages on the date below, and checked key for key against Azure's published resource
 * schema for that API version (`schema`: SBNamespaceProperties, SBSku, SBQueueProperties,
 * SBTopicProperties, SBSubscriptionProperties, Ruleproperties, SqlFilter, CorrelationFilter;
 * minimumTlsVersion, publicNetworkAccess and premiumMessagingPartitions came with later API
 * versions and are absent). The export test reads the written Bicep back and refuses a key not
 * listed. Properties the export never writes (network rules, encryption, identities)
 * are left out, which only makes the check stricter.
 */
export const SERVICEBUS_ARM_SOURCE = {
  apiVersion: '2021-11-01',
  read: '2026-12-07',
  pages: [SERVICEBUS_DOCS.armQueue.url, SERVICEBUS_DOCS.armTopic.url, SERVICEBUS_DOCS.armSubscription.url],
  schema: 'https://schema.management.azure.com/schemas/2021-11-01/Microsoft.ServiceBus.json',
} as const;

export interface ArmObject {
  keys: readonly string[];
  /** A dictionary of the user's own keys (correlation filter properties): any key is allowed. */
  free?: boolean;
  objects?: Readonly<Record<string, ArmObject>>;
}

const FILTER_OBJECT: ArmObject = { keys: ['sqlExpression', 'compatibilityLevel', 'requiresPreprocessing'] };
const TOP = ['name', 'parent', 'location', 'sku', 'properties', 'tags'];

export const SERVICEBUS_ARM_RESOURCES: Readonly<Record<string, ArmObject>> = {
  'Microsoft.ServiceBus/namespaces': {
    keys: TOP,
    objects: { sku: { keys: ['name', 'tier', 'capacity'] }, properties: { keys: ['alternateName', 'disableLocalAuth', 'zoneRedundant'] } },
  },
  'Microsoft.ServiceBus/namespaces/queues': {
    keys: TOP,
    objects: {
      properties: {
        keys: [
          'lockDuration',
          'maxSizeInMegabytes',
          'maxMessageSizeInKilobytes',
          'requiresDuplicateDetection',
          'requiresSession',
          'defaultMessageTimeToLive',
          'deadLetteringOnMessageExpiration',
          'duplicateDetectionHistoryTimeWindow',
          'maxDeliveryCount',
          'status',
          'enableBatchedOperations',
          'autoDeleteOnIdle',
          'enablePartitioning',
          'enableExpress',
          'forwardTo',
          'forwardDeadLetteredMessagesTo',
        ],
      },
    },
  },
  'Microsoft.ServiceBus/namespaces/topics': {
    keys: TOP,
    objects: {
      properties: {
        keys: [
          'defaultMessageTimeToLive',
          'maxSizeInMegabytes',
          'maxMessageSizeInKilobytes',
          'requiresDuplicateDetection',
          'duplicateDetectionHistoryTimeWindow',
          'enableBatchedOperations',
          'status',
          'supportOrdering',
          'autoDeleteOnIdle',
          'enablePartitioning',
          'enableExpress',
        ],
      },
    },
  },
  'Microsoft.ServiceBus/namespaces/topics/subscriptions': {
    keys: TOP,
    objects: {
      properties: {
        keys: [
          'lockDuration',
          'requiresSession',
          'defaultMessageTimeToLive',
          'deadLetteringOnFilterEvaluationExceptions',
          'deadLetteringOnMessageExpiration',
          'duplicateDetectionHistoryTimeWindow',
          'maxDeliveryCount',
          'status',
          'enableBatchedOperations',
          'autoDeleteOnIdle',
          'forwardTo',
          'forwardDeadLetteredMessagesTo',
          'isClientAffine',
          'clientAffineProperties',
        ],
      },
    },
  },
  'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules': {
    keys: TOP,
    objects: {
      properties: {
        keys: ['action', 'filterType', 'sqlFilter', 'correlationFilter'],
        objects: {
          action: FILTER_OBJECT,
          sqlFilter: FILTER_OBJECT,
          correlationFilter: {
            keys: ['correlationId', 'messageId', 'to', 'replyTo', 'label', 'sessionId', 'replyToSessionId', 'contentType', 'properties', 'requiresPreprocessing'],
            objects: { properties: { keys: [], free: true } },
          },
        },
      },
    },
  },
};
