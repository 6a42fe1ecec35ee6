import type { KindFieldLabels, Labels } from './field-label-types';

type ServicebusKind = 'servicebus-queue' | 'servicebus-topic' | 'servicebus-subscription';
type ServicebusLabels = KindFieldLabels<ServicebusKind>;

/**
 * The inspector's words for the Azure Service Bus kinds' fields (field-labels.ts joins every
 * family's table and passes its shared labels in).
 */
export function servicebusFieldLabels(shared: Labels): ServicebusLabels {
  return {
    'servicebus-queue': {
      defaultMessageTimeToLiveSeconds: 'Message time to live (s)',
      requiresDuplicateDetection: 'Duplicate detection',
      duplicateDetectionHistoryTimeWindowSeconds: 'Duplicate detection window (s)',
      enablePartitioning: 'Partitioning',
      maxSizeInMegabytes: 'Max size (MB)',
      lockDurationSeconds: 'Lock duration (s)',
      maxDeliveryCount: 'Max delivery count',
      requiresSession: 'Sessions',
      deadLetteringOnMessageExpiration: 'Dead-letter expired messages',
      autoDeleteOnIdleSeconds: 'Delete when idle for (s)',
      forwardTo: 'Auto-forward to',
      role: shared.role,
      messageSchema: shared.messageSchema,
      depthAlert: shared.depthAlert,
    },
    'servicebus-topic': {
      defaultMessageTimeToLiveSeconds: 'Message time to live (s)',
      requiresDuplicateDetection: 'Duplicate detection',
      duplicateDetectionHistoryTimeWindowSeconds: 'Duplicate detection window (s)',
      enablePartitioning: 'Partitioning',
      maxSizeInMegabytes: 'Max size (MB)',
      supportOrdering: 'Support ordering',
      role: shared.role,
      messageSchema: shared.messageSchema,
    },
    'servicebus-subscription': {
      lockDurationSeconds: 'Lock duration (s)',
      maxDeliveryCount: 'Max delivery count',
      requiresSession: 'Sessions',
      deadLetteringOnMessageExpiration: 'Dead-letter expired messages',
      autoDeleteOnIdleSeconds: 'Delete when idle for (s)',
      forwardTo: 'Auto-forward to',
      defaultMessageTimeToLiveSeconds: 'Message time to live (s)',
      deadLetteringOnFilterEvaluationExceptions: 'Dead-letter filter errors',
      rules: 'Rules',
      'rules.name': 'Rule name',
      'rules.filterType': 'Filter type',
      'rules.sqlExpression': 'SQL filter',
      'rules.correlationFilter': 'Correlation filter',
      'rules.correlationFilter.correlationId': 'Correlation id',
      'rules.correlationFilter.messageId': 'Message id',
      'rules.correlationFilter.label': 'Subject',
      'rules.correlationFilter.to': 'To',
      'rules.correlationFilter.replyTo': 'Reply to',
      'rules.correlationFilter.sessionId': 'Session id',
      'rules.correlationFilter.contentType': 'Content type',
      'rules.correlationFilter.properties': 'Properties',
      'rules.action': 'SQL action',
      depthAlert: shared.depthAlert,
    },
  };
}
