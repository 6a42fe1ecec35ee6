import type { Template, TemplateConnection, TemplateNode } from './template';

const SUBSCRIBERS = ['billing', 'shipping', 'analytics'] as const;
const schema = { name: 'OrderEvent', format: 'json-schema', version: '1', registry: true };

/**
 * SNS FIFO fan-out: one FIFO topic, a FIFO queue per subscriber with its own
 * redrive policy, a subscription dead-letter queue, message groups by order
 * id and deduplication ids, so each subscriber sees an order's events once
 * and in order.
 */
export const snsSqsFifoFanout: Template = {
  id: 'sns-sqs-fifo-fanout',
  title: 'SNS → SQS FIFO fan-out',
  purpose: 'Order events fan out from an SNS FIFO topic to one FIFO queue per service, ordered per order id, deduplicated, each with its DLQ.',
  brokers: ['SNS', 'SQS'],
  design: {
    name: 'SNS to SQS FIFO fan-out',
    notes: 'MessageGroupId = order id keeps each order in sequence; MessageDeduplicationId makes retried publishes harmless within the 5-minute window.',
    requirements: { throughput: 100, peakThroughput: 300, messageSizeBytes: 2048, ordering: 'per-key', delivery: 'at-least-once', criticality: 'critical' },
    clusters: [{ id: 'aws', name: 'AWS eu-west-1', broker: 'sqs-sns', config: { region: 'eu-west-1', accountId: '123456789012' } }],
    nodes: [
      { kind: 'producer', id: 'orders-api', instances: 3, publishRate: 100, retryHorizon: '2m', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
      { kind: 'sns-topic', id: 'order-events', name: 'order-events.fifo', cluster: 'aws', fifo: true, messageSchema: schema },
      ...SUBSCRIBERS.flatMap((name): TemplateNode[] => [
        { kind: 'sqs-queue', id: name, name: `${name}.fifo`, cluster: 'aws', fifo: true, visibilityTimeout: 60, messageSchema: schema },
        { kind: 'sqs-queue', id: `${name}-dlq`, name: `${name}-dlq.fifo`, cluster: 'aws', fifo: true, role: 'dead-letter', messageRetentionPeriod: 1_209_600, depthAlert: true, messageSchema: schema },
        {
          kind: 'sqs-queue',
          id: `${name}-sns-dlq`,
          name: `${name}-sns-dlq.fifo`,
          cluster: 'aws',
          fifo: true,
          role: 'dead-letter',
          messageRetentionPeriod: 1_209_600,
          depthAlert: true,
          kmsManagedKey: 'customer-managed',
          messageSchema: schema,
        },
        { kind: 'consumer-group', id: `${name}-worker`, instances: 2, idempotent: true, lagAlert: true },
      ]),
    ],
    connections: [
      { from: 'orders-api', to: 'order-events' },
      ...SUBSCRIBERS.flatMap((name): TemplateConnection[] => [
        { from: 'order-events', to: name, queuePolicyAllowsTopic: true, rawMessageDelivery: true, deadLetterQueue: `${name}-sns-dlq` },
        { from: name, to: `${name}-dlq`, maxReceiveCount: 5 },
        { from: name, to: `${name}-worker` },
      ]),
    ],
  },
};
