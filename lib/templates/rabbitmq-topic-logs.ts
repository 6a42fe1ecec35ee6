import { jsonSchema, rabbitCluster } from './rabbitmq-parts';
import type { Template } from './template';

/**
 * Log routing on a topic exchange: `*.log` takes every service's log lines
 * (one word before `.log`), `#.error` every error however deep its key; an
 * alternate exchange keeps what no binding matched.
 */
export const rabbitmqTopicLogs: Template = {
  id: 'rabbitmq-topic-logs',
  title: 'Topic routing for logs',
  purpose: 'Services publish logs by key; a topic exchange routes *.log to the archive and #.error to the pager, and keeps unroutable lines.',
  brokers: ['RabbitMQ'],
  design: {
    name: 'RabbitMQ topic routing for logs',
    notes: '"*" matches exactly one word and "#" zero or more: app.log matches *.log; kern.disk.error matches #.error but not *.log.',
    requirements: { throughput: 2000, peakThroughput: 10_000, messageSizeBytes: 512, ordering: 'none', delivery: 'at-least-once', criticality: 'normal' },
    clusters: [rabbitCluster()],
    nodes: [
      { kind: 'producer', id: 'app', name: 'app (app.log)', keyStrategy: 'none', publishRate: 1500 },
      { kind: 'producer', id: 'kernel', name: 'kernel (kern.disk.error)', keyStrategy: 'none', publishRate: 500 },
      { kind: 'rabbitmq-exchange', id: 'logs', type: 'topic', cluster: 'rabbitmq', messageSchema: jsonSchema('LogLine') },
      { kind: 'rabbitmq-exchange', id: 'logs.unrouted', type: 'fanout', cluster: 'rabbitmq', messageSchema: jsonSchema('LogLine') },
      { kind: 'rabbitmq-queue', id: 'logs.all', cluster: 'rabbitmq', type: 'stream', arguments: { 'x-max-age': '7D' }, messageSchema: jsonSchema('LogLine') },
      { kind: 'rabbitmq-queue', id: 'logs.errors', cluster: 'rabbitmq', arguments: { 'x-max-length': 100_000, 'x-overflow': 'reject-publish' }, messageSchema: jsonSchema('LogLine') },
      { kind: 'rabbitmq-queue', id: 'logs.unrouted.q', name: 'logs.unrouted', cluster: 'rabbitmq', role: 'dead-letter', depthAlert: true, messageSchema: jsonSchema('LogLine') },
      { kind: 'rabbitmq-exchange', id: 'logs.errors.dlx', type: 'fanout', cluster: 'rabbitmq', messageSchema: jsonSchema('LogLine') },
      { kind: 'rabbitmq-queue', id: 'logs.errors.dlq', cluster: 'rabbitmq', role: 'dead-letter', depthAlert: true, messageSchema: jsonSchema('LogLine') },
      { kind: 'consumer-group', id: 'log-archiver', prefetch: 300, idempotent: true, lagAlert: true },
      { kind: 'consumer-group', id: 'pager', instances: 2, idempotent: true, lagAlert: true },
    ],
    connections: [
      { from: 'app', to: 'logs', routingKey: 'app.log' },
      { from: 'kernel', to: 'logs', routingKey: 'kern.disk.error' },
      { from: 'logs', to: 'logs.all', routingKey: '*.log' },
      { from: 'logs', to: 'logs.all', routingKey: '#.error' },
      { from: 'logs', to: 'logs.errors', routingKey: '#.error' },
      { from: 'logs', to: 'logs.unrouted', kind: 'alternate' },
      { from: 'logs.unrouted', to: 'logs.unrouted.q' },
      { from: 'logs.all', to: 'log-archiver' },
      { from: 'logs.errors', to: 'pager' },
      { from: 'logs.errors', to: 'logs.errors.dlx', kind: 'dead-letter' },
      { from: 'logs.errors.dlx', to: 'logs.errors.dlq' },
    ],
  },
};
