import type { KindFieldLabels, Labels } from './field-label-types';

type SqsSnsKind = 'sqs-queue' | 'sns-topic';
type SqsSnsLabels = KindFieldLabels<SqsSnsKind>;

/** The inspector's words for the Amazon SQS and SNS kinds' fields (field-labels.ts joins every family's table and passes its shared labels in). */
export function sqsSnsFieldLabels(shared: Labels): SqsSnsLabels {
  return {
    'sqs-queue': {
      fifo: 'FIFO',
      contentBasedDeduplication: 'Content-based deduplication',
      highThroughputFifo: 'High-throughput FIFO',
      visibilityTimeout: 'Visibility timeout (s)',
      messageRetentionPeriod: 'Retention (s)',
      delaySeconds: 'Delivery delay (s)',
      receiveMessageWaitTimeSeconds: 'Long-poll wait (s)',
      maximumMessageSize: 'Max message size (bytes)',
      kmsManagedKey: 'Encryption key',
      role: shared.role,
      messageSchema: shared.messageSchema,
      depthAlert: shared.depthAlert,
      depthAlertMessages: shared.depthAlertMessages,
    },
    'sns-topic': {
      fifo: 'FIFO',
      contentBasedDeduplication: 'Content-based deduplication',
      messageSchema: shared.messageSchema,
    },
  };
}
