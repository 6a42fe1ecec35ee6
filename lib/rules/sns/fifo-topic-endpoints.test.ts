import { describe, expect, it } from 'vitest';
import { applyAllFixes, testRule } from '../rule-tester';
import { makeDesign } from '../../design/build-design';
import { fifoTopicEndpoints } from './fifo-topic-endpoints';

const topic = { kind: 'sns-topic', id: 't', name: 'prices.fifo', fifo: true, cluster: 'aws' };
const clusters = [{ id: 'aws', name: 'AWS', broker: 'sqs-sns' }];

testRule(fifoTopicEndpoints, {
  valid: [
    {
      name: 'FIFO topic to an SQS FIFO queue',
      design: { nodes: [topic, { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true }], connections: [{ from: 't', to: 'q' }], clusters },
    },
    {
      name: 'FIFO topic to a standard queue (allowed since 2023)',
      design: { nodes: [topic, { kind: 'sqs-queue', id: 'q' }], connections: [{ from: 't', to: 'q' }], clusters },
    },
    {
      name: 'standard topic to a Lambda function',
      design: {
        nodes: [
          { kind: 'sns-topic', id: 't' },
          { kind: 'consumer-group', id: 'fn', lambdaTimeoutSeconds: 5 },
        ],
        connections: [{ from: 't', to: 'fn' }],
      },
    },
  ],
  invalid: [
    {
      name: 'FIFO topic to a Lambda function',
      design: {
        clusters,
        nodes: [topic, { kind: 'consumer-group', id: 'fn', name: 'repricer', lambdaTimeoutSeconds: 30 }],
        connections: [{ from: 't', to: 'fn', filterPolicy: '{"type":["price"]}', rawMessageDelivery: true, deadLetterQueue: 'dlq' }],
      },
      findings: [{ target: 't--fn', messageIncludes: 'straight to "repricer"' }],
      output: {
        nodes: { 'prices-repricer': { kind: 'sqs-queue', name: 'prices-repricer.fifo', fifo: true, cluster: 'aws', visibilityTimeout: 180 } },
        connections: {
          't--prices-repricer': { kind: 'subscription', queuePolicyAllowsTopic: true, filterPolicy: '{"type":["price"]}', rawMessageDelivery: true, deadLetterQueue: 'dlq' },
          'prices-repricer--fn': { kind: 'consume' },
        },
      },
    },
    {
      name: 'FIFO topic to an HTTP service',
      design: { clusters, nodes: [topic, { kind: 'consumer-group', id: 'web', processingMsP99: 40_000 }], connections: [{ from: 't', to: 'web' }] },
      findings: [{ target: 't--web' }],
      output: { nodes: { 'prices-web': { visibilityTimeout: 80 } } },
    },
  ],
});

describe('sns/fifo-topic-endpoints fix', () => {
  it('removes the direct subscription', () => {
    const design = makeDesign({ nodes: [topic, { kind: 'consumer-group', id: 'fn', lambdaTimeoutSeconds: 30 }], connections: [{ from: 't', to: 'fn' }], clusters });
    const fixed = applyAllFixes(fifoTopicEndpoints, design);
    expect(fixed.connections.map((c) => `${c.kind}:${c.from}->${c.to}`).sort()).toEqual(['consume:prices-fn->fn', 'subscription:t->prices-fn']);
  });
});
