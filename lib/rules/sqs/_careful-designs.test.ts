import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { snsRules } from '../sns';
import { makeDesign, type TestDesignInput } from '../../design/build-design';
import { sqsRules } from '.';

/**
 * Designs built the way AWS recommends: the SQS and SNS rules must have
 * nothing to say about them. Guards against noisy rules.
 */
const RULES = [...sqsRules, ...snsRules];
const clusters = [{ id: 'aws', name: 'AWS eu-west-1', broker: 'sqs-sns', config: { region: 'eu-west-1', accountId: '123456789012' } }];

const designs: Record<string, TestDesignInput> = {
  'standard work queue read by Lambda': {
    requirements: { ordering: 'none', delivery: 'at-least-once', throughput: 200 },
    clusters,
    nodes: [
      { kind: 'producer', id: 'uploads-api', retryHorizon: '1m' },
      { kind: 'sqs-queue', id: 'thumbnails', cluster: 'aws', visibilityTimeout: 360 },
      { kind: 'sqs-queue', id: 'thumbnails-dlq', cluster: 'aws', role: 'dead-letter', messageRetentionPeriod: 1_209_600, depthAlert: true },
      { kind: 'consumer-group', id: 'resize', lambdaTimeoutSeconds: 60, idempotent: true, lagAlert: true, processingMsP99: 20_000 },
    ],
    connections: [
      { from: 'uploads-api', to: 'thumbnails' },
      { from: 'thumbnails', to: 'resize' },
      { from: 'thumbnails', to: 'thumbnails-dlq', maxReceiveCount: 5 },
    ],
  },
  'FIFO queue fed directly, per-key ordering': {
    requirements: { ordering: 'per-key', delivery: 'exactly-once' },
    clusters,
    nodes: [
      { kind: 'producer', id: 'payments-api', retryHorizon: '2m', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
      { kind: 'sqs-queue', id: 'payments', name: 'payments.fifo', cluster: 'aws', fifo: true, visibilityTimeout: 60 },
      { kind: 'sqs-queue', id: 'payments-dlq', name: 'payments-dlq.fifo', cluster: 'aws', fifo: true, role: 'dead-letter', messageRetentionPeriod: 1_209_600, depthAlert: true },
      { kind: 'consumer-group', id: 'ledger', instances: 3, idempotent: true, lagAlert: true },
    ],
    connections: [
      { from: 'payments-api', to: 'payments' },
      { from: 'payments', to: 'ledger' },
      { from: 'payments', to: 'payments-dlq', maxReceiveCount: 5 },
    ],
  },
  'SNS FIFO fan-out to FIFO queues, with subscription and queue redrive': {
    requirements: { ordering: 'per-key', delivery: 'at-least-once', throughput: 100 },
    clusters,
    nodes: [
      { kind: 'producer', id: 'orders-api', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
      { kind: 'sns-topic', id: 'order-events', name: 'order-events.fifo', cluster: 'aws', fifo: true },
      ...['billing', 'shipping'].flatMap((name) => [
        { kind: 'sqs-queue', id: name, name: `${name}.fifo`, cluster: 'aws', fifo: true, visibilityTimeout: 60 },
        { kind: 'sqs-queue', id: `${name}-dlq`, name: `${name}-dlq.fifo`, cluster: 'aws', fifo: true, role: 'dead-letter', messageRetentionPeriod: 1_209_600, depthAlert: true },
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
        },
        { kind: 'consumer-group', id: `${name}-worker`, instances: 2, idempotent: true, lagAlert: true },
      ]),
    ],
    connections: [
      { from: 'orders-api', to: 'order-events' },
      ...['billing', 'shipping'].flatMap((name) => [
        { from: 'order-events', to: name, queuePolicyAllowsTopic: true, rawMessageDelivery: true, filterPolicy: '{"type":["x"]}', deadLetterQueue: `${name}-sns-dlq` },
        { from: name, to: `${name}-dlq`, maxReceiveCount: 5 },
        { from: name, to: `${name}-worker` },
      ]),
    ],
  },
  'standard SNS fan-out to standard queues, unordered': {
    requirements: { ordering: 'none' },
    clusters,
    nodes: [
      { kind: 'producer', id: 'signup' },
      { kind: 'sns-topic', id: 'users', cluster: 'aws' },
      { kind: 'sqs-queue', id: 'welcome-mail', cluster: 'aws' },
      { kind: 'sqs-queue', id: 'welcome-mail-dlq', cluster: 'aws', role: 'dead-letter', messageRetentionPeriod: 1_209_600, depthAlert: true },
      { kind: 'sqs-queue', id: 'users-sns-dlq', cluster: 'aws', role: 'dead-letter', messageRetentionPeriod: 1_209_600, depthAlert: true },
      { kind: 'consumer-group', id: 'mailer', idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'audit-fn', lambdaTimeoutSeconds: 10, idempotent: true },
    ],
    connections: [
      { from: 'signup', to: 'users' },
      { from: 'users', to: 'welcome-mail', queuePolicyAllowsTopic: true, deadLetterQueue: 'users-sns-dlq' },
      { from: 'users', to: 'audit-fn', deadLetterQueue: 'users-sns-dlq' },
      { from: 'welcome-mail', to: 'mailer' },
      { from: 'welcome-mail', to: 'welcome-mail-dlq', maxReceiveCount: 5 },
    ],
  },
};

describe('SQS and SNS rules on carefully built designs', () => {
  it.each(Object.entries(designs))('%s: no findings', (_, input) => {
    expect(runRules(makeDesign(input), RULES).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  // Speed is measured by `npm run bench` (rules_rescore_ms_*), not here.
  it('finds nothing in 1000 nodes of carefully built AWS designs', () => {
    // The careful designs above, copied until the design has about 1000 nodes.
    const nodes: NonNullable<TestDesignInput['nodes']> = [];
    const connections: NonNullable<TestDesignInput['connections']> = [];
    for (let copy = 0; nodes.length < 1000; copy++) {
      for (const input of Object.values(designs)) {
        const rename = (id: string) => `${id}-${copy}`;
        nodes.push(...(input.nodes ?? []).map((n) => ({ ...n, id: rename(n.id), name: `${(n.name as string | undefined) ?? n.id}`.replace(/(\.fifo)?$/, `-${copy}$1`) })));
        connections.push(
          ...(input.connections ?? []).map((c) => ({
            ...c,
            from: rename(c.from),
            to: rename(c.to),
            ...(typeof c.deadLetterQueue === 'string' ? { deadLetterQueue: rename(c.deadLetterQueue) } : {}),
          })),
        );
      }
    }
    const build = () => makeDesign({ requirements: { ordering: 'none', throughput: 200 }, clusters, nodes, connections });
    expect(runRules(build(), RULES).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
