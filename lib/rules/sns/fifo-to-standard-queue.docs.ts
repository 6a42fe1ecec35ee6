import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from '../sqs/_sources';

/** The docs and examples of `sns/fifo-to-standard-queue`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'SNS FIFO topics can deliver to SQS standard queues as well as FIFO queues, and SNS hands a subscribed queue the messages in the order they were published, once. A standard queue keeps neither: it gives best-effort ordering and at-least-once delivery, so its consumers can receive messages out of order and more than once. AWS documents the pairing for workloads that tolerate that (to save cost or share a queue); a consumer whose needs (its own declaration, or the flows it reads) require per-key or strict ordering loses the order the FIFO topic paid for. The subscription is accepted, so nothing fails: events are simply applied out of sequence now and then.',
  howToFix:
    'Subscribe an SQS FIFO queue (name ending in .fifo, with a FIFO dead-letter queue) instead and have the consumers read it; SNS passes the message group id on. If the consumers can reorder by a sequence number and tolerate duplicates, declare their ordering as "none".',
  sources: [AWS_DOCS.snsFifoDelivery, AWS_DOCS.snsFifoOrdering, AWS_DOCS.snsFifoTopics, AWS_DOCS.standardQueues],
  examples: {
    failing: {
      queuewright: 2,
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'pricing', name: 'pricing' },
        { kind: 'sns-topic', id: 'prices', name: 'prices.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'storefront', name: 'storefront-prices' },
        { kind: 'consumer-group', id: 'storefront-svc', name: 'storefront' },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'pricing', to: 'prices' },
        { id: 's', kind: 'subscription', from: 'prices', to: 'storefront', queuePolicyAllowsTopic: true },
        { id: 'c', kind: 'consume', from: 'storefront', to: 'storefront-svc' },
      ],
    },
    passing: {
      queuewright: 2,
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'pricing', name: 'pricing' },
        { kind: 'sns-topic', id: 'prices', name: 'prices.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'storefront', name: 'storefront-prices.fifo', fifo: true },
        { kind: 'consumer-group', id: 'storefront-svc', name: 'storefront' },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'pricing', to: 'prices' },
        { id: 's', kind: 'subscription', from: 'prices', to: 'storefront', queuePolicyAllowsTopic: true },
        { id: 'c', kind: 'consume', from: 'storefront', to: 'storefront-svc' },
      ],
    },
  },
};
