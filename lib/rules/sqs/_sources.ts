/**
 * The AWS documentation pages the SQS and SNS rules cite (catalog §9, live
 * addresses). One list so that a moved page is fixed in one place.
 */
const SQS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide';
const SNS = 'https://docs.aws.amazon.com/sns/latest/dg';

export const AWS_DOCS = {
  visibilityTimeout: { label: 'Amazon SQS visibility timeout', url: `${SQS}/sqs-visibility-timeout.html` },
  deadLetterQueues: { label: 'Using dead-letter queues in Amazon SQS', url: `${SQS}/sqs-dead-letter-queues.html` },
  configureDeadLetterQueue: { label: 'Configure a dead-letter queue (SQS)', url: `${SQS}/sqs-configure-dead-letter-queue.html` },
  deadLetterRetention: { label: 'Setting up dead-letter queue retention in Amazon SQS', url: `${SQS}/setting-up-dead-letter-queue-retention.html` },
  fifoExactlyOnce: { label: 'Exactly-once processing in Amazon SQS', url: `${SQS}/FIFO-queues-exactly-once-processing.html` },
  fifoKeyTerms: { label: 'Amazon SQS FIFO queue key terms', url: `${SQS}/FIFO-key-terms.html` },
  deduplicationId: { label: 'Using the message deduplication ID in Amazon SQS', url: `${SQS}/using-messagededuplicationid-property.html` },
  messageGroupId: { label: 'Using the message group ID with Amazon SQS FIFO queues', url: `${SQS}/using-messagegroupid-property.html` },
  groupBacklog: {
    label: 'Avoid large message backlogs with the same message group ID',
    url: `${SQS}/avoid-backlog-with-the-same-message-group-id.html`,
  },
  highThroughputFifo: { label: 'High throughput for FIFO queues in Amazon SQS', url: `${SQS}/high-throughput-fifo.html` },
  standardQueues: { label: 'Amazon SQS standard queues', url: `${SQS}/standard-queues.html` },
  queueParameters: { label: 'Configuring queue parameters (SQS)', url: `${SQS}/sqs-configure-queue-parameters.html` },
  messageTimers: { label: 'Amazon SQS message timers', url: `${SQS}/sqs-message-timers.html` },
  polling: { label: 'Amazon SQS short and long polling', url: `${SQS}/sqs-short-and-long-polling.html` },
  fifoQuotas: { label: 'Amazon SQS FIFO queue quotas', url: `${SQS}/quotas-fifo.html` },
  standardQuotas: { label: 'Amazon SQS standard queue quotas', url: `${SQS}/quotas-queues.html` },
  messageQuotas: { label: 'Amazon SQS message quotas', url: `${SQS}/quotas-messages.html` },
  keyManagement: { label: 'Amazon SQS key management', url: `${SQS}/sqs-key-management.html` },
  lambdaSqs: { label: 'AWS Lambda: configuring an SQS event source', url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html' },
  snsFifoDelivery: { label: 'Amazon SNS message delivery for FIFO topics', url: `${SNS}/fifo-message-delivery.html` },
  snsFifoOrdering: { label: 'Amazon SNS message ordering details for FIFO topics', url: `${SNS}/fifo-topic-message-ordering.html` },
  snsFifoTopics: { label: 'Message ordering and deduplication (Amazon SNS FIFO topics)', url: `${SNS}/sns-fifo-topics.html` },
  snsFifoDedup: { label: 'Amazon SNS message deduplication for FIFO topics', url: `${SNS}/fifo-message-dedup.html` },
  snsFifoGrouping: { label: 'Amazon SNS message grouping for FIFO topics', url: `${SNS}/fifo-message-grouping.html` },
  snsFifoDurability: { label: 'Amazon SNS message durability for FIFO topics', url: `${SNS}/fifo-message-durability.html` },
  snsDeadLetterQueues: { label: 'Amazon SNS dead-letter queues (DLQs)', url: `${SNS}/sns-dead-letter-queues.html` },
  snsDeliveryRetries: { label: 'Amazon SNS message delivery retries', url: `${SNS}/sns-message-delivery-retries.html` },
  snsSubscribeSqs: { label: 'Subscribing an Amazon SQS queue to an Amazon SNS topic', url: `${SNS}/subscribe-sqs-queue-to-sns-topic.html` },
} as const;
