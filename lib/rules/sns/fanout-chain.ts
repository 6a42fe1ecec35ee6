import { upstreamProducers } from '../flow';
import { defineRule } from '../rule';
import { largestMessageBytes } from '../sqs/_flow';
import { AWS_DOCS } from '../sqs/_sources';
import { subscriptions } from './_subscriptions';

export const fanoutChain = defineRule({
  meta: {
    id: 'sns/fanout-chain',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'Each link of a fan-out (producers → SNS topic → subscription → SQS queue) must accept what the link before it sends.',
      rationale:
        "A fan-out fails where two correctly configured pieces do not fit. A standard topic cannot deliver to an SQS FIFO queue: standard messages carry no message group, and SNS refuses the subscription. A subscription whose dead-letter queue is the very queue it delivers to has nowhere to put a message that queue refuses. And a queue whose MaximumMessageSize is smaller than what the topic's producers publish rejects those deliveries, which SNS cannot fix by retrying. The other links are separate rules: the queue policy and key (sns/sqs-subscription-policy), FIFO endpoints and DLQs (sns/fifo-topic-endpoints, sns/fifo-dlq-type), filters on FIFO topics (sns/fifo-filter-at-most-once) and missing DLQs (sns/subscription-dlq).",
      howToFix:
        'Subscribe FIFO queues only to FIFO topics (or make the queue standard); give the subscription a dead-letter queue other than its endpoint; raise the queue\'s MaximumMessageSize to the largest message published to the topic.',
      sources: [AWS_DOCS.snsFifoDelivery, AWS_DOCS.snsDeadLetterQueues, AWS_DOCS.snsSubscribeSqs, AWS_DOCS.messageQuotas],
    },
    messages: {
      standardToFifo: 'Standard topic "{topic}" cannot deliver to FIFO queue "{queue}": SNS refuses the subscription because standard messages carry no message group.',
      dlqIsEndpoint: 'The subscription of queue "{queue}" to topic "{topic}" uses the same queue as its dead-letter queue, so a message the queue refuses has nowhere to go.',
      tooLarge:
        'Producer "{producer}" publishes messages of up to {size} bytes to topic "{topic}", but subscribed queue "{queue}" accepts at most {max} bytes, so those deliveries fail.',
    },
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
  },
  check({ design, report }) {
    for (const { topic, connection, endpoint } of subscriptions(design)) {
      if (endpoint?.kind !== 'sqs-queue') continue;
      const target = { type: 'connection', id: connection.id } as const;
      const data = { topic: topic.name, queue: endpoint.name };
      if (!topic.fifo && endpoint.fifo) report({ target, messageId: 'standardToFifo', data });
      if (connection.deadLetterQueue === endpoint.id) report({ target, messageId: 'dlqIsEndpoint', data });
      let largest: { producer: string; size: number } | undefined;
      for (const producer of upstreamProducers(design, topic.id)) {
        const size = largestMessageBytes(design, producer);
        if (size > endpoint.maximumMessageSize && (!largest || size > largest.size)) largest = { producer: producer.name, size };
      }
      if (largest) report({ target, messageId: 'tooLarge', data: { ...data, ...largest, max: endpoint.maximumMessageSize } });
    }
  },
});
