import type { ResolvedConsumerGroup } from '../../brokers/resolved-design';
import { consumersOf } from '../flow';
import { orderedFlow, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { AWS_DOCS } from '../sqs/_sources';
import { subscriptions } from './_subscriptions';

/** `"a"` or `"a", "b"`, and the verb agreeing with them. */
function readersThat(groups: readonly ResolvedConsumerGroup[], verb: string): string {
  const names = groups.map((g) => `"${g.name}"`).join(', ');
  return `${names} ${groups.length === 1 ? `${verb}s` : verb}`;
}

export const fifoToStandardQueue = defineRule({
  meta: {
    id: 'sns/fifo-to-standard-queue',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: 'An SNS FIFO topic must deliver to an SQS FIFO queue when the queue\'s consumers need the order the topic keeps.',
      rationale:
        'SNS FIFO topics can deliver to SQS standard queues as well as FIFO queues, and SNS hands a subscribed queue the messages in the order they were published, once. A standard queue keeps neither: it gives best-effort ordering and at-least-once delivery, so its consumers can receive messages out of order and more than once. AWS documents the pairing for workloads that tolerate that (to save cost or share a queue); a consumer whose needs (its own declaration, or the flows it reads) require per-key or strict ordering loses the order the FIFO topic paid for. The subscription is accepted, so nothing fails: events are simply applied out of sequence now and then.',
      howToFix:
        'Subscribe an SQS FIFO queue (name ending in .fifo, with a FIFO dead-letter queue) instead and have the consumers read it; SNS passes the message group id on. If the consumers can reorder by a sequence number and tolerate duplicates, declare their ordering as "none".',
      sources: [AWS_DOCS.snsFifoDelivery, AWS_DOCS.snsFifoOrdering, AWS_DOCS.snsFifoTopics, AWS_DOCS.standardQueues],
    },
    subsumes: ['sqs/ordering-needs-fifo'],
    messages: {
      standardQueue:
        'FIFO topic "{topic}" delivers to standard queue "{queue}", but {readers} {ordering} ordering: a standard queue delivers only in best-effort order and at least once, so the order the topic keeps is lost and messages can arrive twice.',
    },
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
  },
  check({ design, report }) {
    for (const { topic, connection, endpoint } of subscriptions(design)) {
      if (!topic.fifo || endpoint?.kind !== 'sqs-queue' || endpoint.fifo) continue;
      const ordered = consumersOf(design, endpoint.id).filter((g) => orderedFlow(requirementsAt(design, g.id)));
      if (ordered.length === 0) continue;
      const strict = ordered.some((g) => requirementsAt(design, g.id)?.ordering === 'strict');
      report({
        target: { type: 'connection', id: connection.id },
        messageId: 'standardQueue',
        data: { topic: topic.name, queue: endpoint.name, readers: readersThat(ordered, 'need'), ordering: strict ? 'strict' : 'per-key' },
      });
    }
  },
});
