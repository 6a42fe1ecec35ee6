import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from '../sqs/_sources';

/** The docs and examples of `sns/fanout-chain`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A fan-out fails where two correctly configured pieces do not fit. A standard topic cannot deliver to an SQS FIFO queue: standard messages carry no message group, and SNS refuses the subscription. A subscription whose dead-letter queue is the very queue it delivers to has nowhere to put a message that queue refuses. And a queue whose MaximumMessageSize is smaller than what the topic's producers publish rejects those deliveries, which SNS cannot fix by retrying. The other links are separate rules: the queue policy and key (sns/sqs-subscription-policy), FIFO endpoints and DLQs (sns/fifo-topic-endpoints, sns/fifo-dlq-type), filters on FIFO topics (sns/fifo-filter-at-most-once) and missing DLQs (sns/subscription-dlq).",
  howToFix:
    "Subscribe FIFO queues only to FIFO topics (or make the queue standard); give the subscription a dead-letter queue other than its endpoint; raise the queue's MaximumMessageSize to the largest message published to the topic.",
  sources: [AWS_DOCS.snsFifoDelivery, AWS_DOCS.snsDeadLetterQueues, AWS_DOCS.snsSubscribeSqs, AWS_DOCS.messageQuotas],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'orders', name: 'orders' },
        { kind: 'sqs-queue', id: 'billing', name: 'billing.fifo', fifo: true },
      ],
      connections: [{ id: 's', kind: 'subscription', from: 'orders', to: 'billing', queuePolicyAllowsTopic: true }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'orders', name: 'orders.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'billing', name: 'billing.fifo', fifo: true },
      ],
      connections: [{ id: 's', kind: 'subscription', from: 'orders', to: 'billing', queuePolicyAllowsTopic: true }],
    },
  },
};
