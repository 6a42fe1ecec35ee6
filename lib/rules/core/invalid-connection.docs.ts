import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/invalid-connection`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Each broker allows only some links: a producer publishes to a channel, a channel delivers to a consumer, an exchange binds to a queue, an SNS topic subscribes an SQS queue. A connection the pair does not allow (a queue "publishing" to a topic, a node connected to itself, the same link twice) cannot be created on the broker, so exporters would write a definition the broker rejects, and the review would follow a flow that cannot exist.',
  howToFix: 'Remove the connection and draw the link the brokers support (the canvas only offers valid kinds).',
  sources: [
    { label: 'RabbitMQ: exchanges and bindings', url: 'https://www.rabbitmq.com/docs/exchanges' },
    { label: 'Amazon SNS: subscribing an SQS queue', url: 'https://docs.aws.amazon.com/sns/latest/dg/subscribe-sqs-queue-to-sns-topic.html' },
    CORE_SOURCES.asyncapiRuleset,
  ],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        { kind: 'kafka-topic', id: 'payments', name: 'payments' },
      ],
      connections: [{ id: 'x', kind: 'publish', from: 'orders', to: 'payments' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        { kind: 'consumer-group', id: 'payments', name: 'payments' },
      ],
      connections: [{ id: 'x', kind: 'consume', from: 'orders', to: 'payments' }],
    },
  },
};
