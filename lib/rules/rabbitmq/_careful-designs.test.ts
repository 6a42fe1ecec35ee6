import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../testing/exports/fixtures';
import { runRules } from '../engine';
import { makeDesign, type TestDesignInput } from '../../design/build-design';
import { rabbitmqRules } from '.';

/**
 * Designs built the way the RabbitMQ documentation recommends: the RabbitMQ
 * rules must have nothing to say about them. Guards against noisy rules.
 */
const cluster = { id: 'rabbit', name: 'RabbitMQ', broker: 'rabbitmq', version: '4.1', nodes: 3 };

const designs: Record<string, TestDesignInput> = {
  'work queue with TTL retry loop and DLQ': {
    requirements: { ordering: 'none', delivery: 'at-least-once', throughput: 500 },
    clusters: [cluster],
    nodes: [
      { kind: 'producer', id: 'jobs-api', rabbitmq: { confirms: true, persistent: true } },
      { kind: 'rabbitmq-exchange', id: 'jobs', type: 'direct', cluster: 'rabbit' },
      { kind: 'rabbitmq-queue', id: 'jobs-work', cluster: 'rabbit', arguments: { 'x-delivery-limit': 20 } },
      { kind: 'consumer-group', id: 'worker', instances: 4, concurrency: 4, prefetch: 50, idempotent: true, lagAlert: true },
      { kind: 'rabbitmq-exchange', id: 'jobs-retry', type: 'direct', cluster: 'rabbit' },
      { kind: 'rabbitmq-queue', id: 'jobs-retry-10s', cluster: 'rabbit', role: 'retry', arguments: { 'x-message-ttl': 10000 } },
      { kind: 'rabbitmq-exchange', id: 'jobs-dlx', type: 'fanout', cluster: 'rabbit' },
      { kind: 'rabbitmq-queue', id: 'jobs-dlq', cluster: 'rabbit', role: 'dead-letter', depthAlert: true },
    ],
    connections: [
      { from: 'jobs-api', to: 'jobs', routingKey: 'job' },
      { from: 'jobs', to: 'jobs-work', routingKey: 'job' },
      { from: 'jobs-work', to: 'worker' },
      { from: 'jobs-work', to: 'jobs-retry', kind: 'dead-letter', routingKey: 'retry' },
      { from: 'jobs-retry', to: 'jobs-retry-10s', routingKey: 'retry' },
      { from: 'jobs-retry-10s', to: 'jobs', kind: 'dead-letter', routingKey: 'job' },
      { from: 'worker', to: 'jobs-dlx', kind: 'dead-letter' },
      { from: 'jobs-dlx', to: 'jobs-dlq' },
    ],
  },
  'topic routing for logs (*.log, #.error)': {
    requirements: { ordering: 'none', delivery: 'at-least-once', throughput: 2000 },
    clusters: [cluster],
    nodes: [
      { kind: 'producer', id: 'app', name: 'app' },
      { kind: 'producer', id: 'kernel', name: 'kernel' },
      { kind: 'rabbitmq-exchange', id: 'logs', type: 'topic', cluster: 'rabbit' },
      { kind: 'rabbitmq-exchange', id: 'logs-unrouted', type: 'fanout', cluster: 'rabbit' },
      { kind: 'rabbitmq-queue', id: 'all-logs', cluster: 'rabbit', type: 'stream', arguments: { 'x-max-age': '7D' } },
      { kind: 'rabbitmq-queue', id: 'errors', cluster: 'rabbit', arguments: { 'x-max-length': 100000, 'x-overflow': 'reject-publish' } },
      { kind: 'rabbitmq-queue', id: 'unrouted', cluster: 'rabbit', role: 'dead-letter', depthAlert: true },
      { kind: 'rabbitmq-exchange', id: 'errors-dlx', type: 'fanout', cluster: 'rabbit' },
      { kind: 'rabbitmq-queue', id: 'errors-dlq', cluster: 'rabbit', role: 'dead-letter', depthAlert: true },
      { kind: 'consumer-group', id: 'archiver', prefetch: 300, idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'pager', instances: 2, idempotent: true, lagAlert: true },
    ],
    connections: [
      { from: 'app', to: 'logs', routingKey: 'app.log' },
      { from: 'kernel', to: 'logs', routingKey: 'kern.disk.error' },
      { from: 'logs', to: 'all-logs', routingKey: '*.log' },
      { from: 'logs', to: 'all-logs', routingKey: '#.error' },
      { from: 'logs', to: 'errors', routingKey: '#.error' },
      { from: 'logs', to: 'logs-unrouted', kind: 'alternate' },
      { from: 'logs-unrouted', to: 'unrouted' },
      { from: 'all-logs', to: 'archiver' },
      { from: 'errors', to: 'pager' },
      { from: 'errors', to: 'errors-dlx', kind: 'dead-letter' },
      { from: 'errors-dlx', to: 'errors-dlq' },
    ],
  },
  'critical ordered account events: sharded quorum queues with single active consumer': {
    requirements: { ordering: 'per-key', delivery: 'at-least-once', criticality: 'critical', throughput: 300 },
    clusters: [cluster],
    nodes: [
      { kind: 'producer', id: 'accounts-api' },
      { kind: 'rabbitmq-exchange', id: 'accounts', type: 'direct', cluster: 'rabbit' },
      ...[0, 1].map((shard) => ({
        kind: 'rabbitmq-queue',
        id: `accounts-${shard}`,
        cluster: 'rabbit',
        arguments: { 'x-single-active-consumer': true, 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish', 'x-max-length': 1000000 },
      })),
      { kind: 'rabbitmq-exchange', id: 'accounts-dlx', type: 'fanout', cluster: 'rabbit' },
      { kind: 'rabbitmq-queue', id: 'accounts-dlq', cluster: 'rabbit', role: 'dead-letter', depthAlert: true },
      ...[0, 1].map((shard) => ({ kind: 'consumer-group', id: `ledger-${shard}`, instances: 2, idempotent: true, lagAlert: true })),
    ],
    connections: [
      { from: 'accounts-api', to: 'accounts', routingKey: '0' },
      { from: 'accounts-api', to: 'accounts', routingKey: '1' },
      ...[0, 1].flatMap((shard) => [
        { from: 'accounts', to: `accounts-${shard}`, routingKey: String(shard) },
        { from: `accounts-${shard}`, to: `ledger-${shard}` },
        { from: `accounts-${shard}`, to: 'accounts-dlx', kind: 'dead-letter' as const },
      ]),
      { from: 'accounts-dlx', to: 'accounts-dlq' },
    ],
  },
};

describe('carefully built RabbitMQ designs get no RabbitMQ finding', () => {
  for (const [name, input] of Object.entries(designs)) {
    it(name, () => {
      expect(runRules(makeDesign(input), rabbitmqRules).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    });
  }

  it('the shared rabbitmq-work-queue fixture', () => {
    expect(runRules(loadFixture('rabbitmq-work-queue'), rabbitmqRules).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
