import { jsonSchema, rabbitCluster } from './rabbitmq-parts';
import type { Template } from './template';

const retry = (delay: string, ttl: number) => ({
  kind: 'rabbitmq-queue',
  id: `jobs.retry.${delay}`,
  cluster: 'rabbitmq',
  role: 'retry',
  arguments: { 'x-message-ttl': ttl },
  messageSchema: jsonSchema('Job'),
});

/**
 * A work queue with escalating retries: a failed job is republished to a
 * delay queue for 1 s, 10 s, then 60 s (TTL, then dead-lettered back to the
 * work exchange); after the third failure it goes to the dead-letter queue.
 */
export const rabbitmqWorkQueue: Template = {
  id: 'rabbitmq-work-queue',
  title: 'Work queue with retries and DLQ',
  purpose: 'Jobs shared by competing workers; failures retry after 1 s, 10 s and 60 s through TTL delay queues, then land in a dead-letter queue.',
  brokers: ['RabbitMQ'],
  design: {
    name: 'RabbitMQ work queue with retries',
    notes:
      'The worker acks manually after the job is done. On failure it republishes the job to jobs.retry with the delay as routing key (1s, 10s, 60s by attempt); each delay queue dead-letters back to the jobs exchange when the TTL expires. After three retries the worker rejects the job without requeue and jobs.work dead-letters it to jobs.dlx → jobs.dlq, which alerts; so do jobs over the delivery limit.',
    requirements: { throughput: 500, peakThroughput: 2000, messageSizeBytes: 4096, ordering: 'none', delivery: 'at-least-once', criticality: 'normal' },
    clusters: [rabbitCluster()],
    nodes: [
      { kind: 'producer', id: 'jobs-api', instances: 2, publishRate: 500, keyStrategy: 'none', rabbitmq: { confirms: true, persistent: true, mandatory: true } },
      { kind: 'rabbitmq-exchange', id: 'jobs', type: 'direct', cluster: 'rabbitmq', messageSchema: jsonSchema('Job') },
      { kind: 'rabbitmq-queue', id: 'jobs.work', cluster: 'rabbitmq', arguments: { 'x-delivery-limit': 20 }, messageSchema: jsonSchema('Job') },
      { kind: 'consumer-group', id: 'job-worker', instances: 4, concurrency: 4, prefetch: 50, idempotent: true, lagAlert: true, retry: { maxRetries: 3, backoff: ['1s', '10s', '60s'] } },
      { kind: 'rabbitmq-exchange', id: 'jobs.retry', type: 'direct', cluster: 'rabbitmq', messageSchema: jsonSchema('Job') },
      retry('1s', 1000),
      retry('10s', 10_000),
      retry('60s', 60_000),
      { kind: 'rabbitmq-exchange', id: 'jobs.dlx', type: 'fanout', cluster: 'rabbitmq', messageSchema: jsonSchema('Job') },
      { kind: 'rabbitmq-queue', id: 'jobs.dlq', cluster: 'rabbitmq', role: 'dead-letter', depthAlert: true, messageSchema: jsonSchema('Job') },
    ],
    connections: [
      { from: 'jobs-api', to: 'jobs', routingKey: 'job' },
      { from: 'jobs', to: 'jobs.work', routingKey: 'job' },
      { from: 'jobs.work', to: 'job-worker' },
      { from: 'job-worker', to: 'jobs.retry', kind: 'publish', routingKeys: ['1s', '10s', '60s'] },
      { from: 'jobs.retry', to: 'jobs.retry.1s', routingKey: '1s' },
      { from: 'jobs.retry', to: 'jobs.retry.10s', routingKey: '10s' },
      { from: 'jobs.retry', to: 'jobs.retry.60s', routingKey: '60s' },
      { from: 'jobs.retry.1s', to: 'jobs', kind: 'dead-letter', routingKey: 'job' },
      { from: 'jobs.retry.10s', to: 'jobs', kind: 'dead-letter', routingKey: 'job' },
      { from: 'jobs.retry.60s', to: 'jobs', kind: 'dead-letter', routingKey: 'job' },
      { from: 'jobs.work', to: 'jobs.dlx', kind: 'dead-letter' },
      { from: 'jobs.dlx', to: 'jobs.dlq' },
    ],
  },
};
