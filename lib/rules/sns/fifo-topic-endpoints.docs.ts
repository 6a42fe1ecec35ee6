import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from '../sqs/_sources';

/** The docs and examples of `sns/fifo-topic-endpoints`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "To keep strict ordering, SNS FIFO topics support only the SQS protocol. Subscribing a Lambda function, an HTTP(S) endpoint, e-mail or SMS to a FIFO topic fails. AWS's documented shape is topic → SQS FIFO queue → Lambda (an event source mapping reads the queue in order).",
  howToFix:
    'Subscribe an SQS FIFO queue to the topic and have the service consume the queue. The fix inserts "<topic>-<service>.fifo" with a subscription (moving its filter, raw delivery and dead-letter settings) and a visibility timeout sized for the consumer.',
  sources: [AWS_DOCS.snsFifoDelivery, AWS_DOCS.lambdaSqs],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'prices', name: 'prices.fifo', fifo: true },
        { kind: 'consumer-group', id: 'repricer', name: 'repricer', lambdaTimeoutSeconds: 30 },
      ],
      connections: [{ id: 's', kind: 'consume', from: 'prices', to: 'repricer' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sns-topic', id: 'prices', name: 'prices.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'prices-repricer', name: 'prices-repricer.fifo', fifo: true, visibilityTimeout: 180 },
        { kind: 'consumer-group', id: 'repricer', name: 'repricer', lambdaTimeoutSeconds: 30 },
      ],
      connections: [
        { id: 's', kind: 'subscription', from: 'prices', to: 'prices-repricer', queuePolicyAllowsTopic: true },
        { id: 'c', kind: 'consume', from: 'prices-repricer', to: 'repricer' },
      ],
    },
  },
};
