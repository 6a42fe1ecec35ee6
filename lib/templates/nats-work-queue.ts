import type { Template } from './template';

const schema = { name: 'ResizeJob', format: 'json-schema', version: '1', registry: true };

/**
 * A JetStream work queue: workqueue retention removes a job once a worker
 * acks it, explicit acks with backoff redeliveries, a delivery cap whose
 * MAX_DELIVERIES advisory moves the job to a dead-letter stream.
 */
export const natsWorkQueue: Template = {
  id: 'nats-work-queue',
  title: 'NATS JetStream work queue',
  purpose: 'Image jobs on a workqueue stream, pulled by competing workers with explicit acks, backoff 1s/10s/60s and a dead-letter stream.',
  brokers: ['NATS JetStream'],
  design: {
    name: 'NATS JetStream work queue',
    notes:
      'Publishers set Nats-Msg-Id so retried publishes are deduplicated within the 2-minute window. After max_deliver the server emits $JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES, which the dead-letter handler uses to copy the job to JOBS_DLQ.',
    requirements: { throughput: 300, peakThroughput: 1000, messageSizeBytes: 2048, ordering: 'none', delivery: 'at-least-once', criticality: 'normal' },
    clusters: [{ id: 'nats', name: 'NATS production', broker: 'nats', version: '2.10', nodes: 3, racks: 3 }],
    nodes: [
      { kind: 'producer', id: 'upload-service', instances: 2, publishRate: 300, keyStrategy: 'none', nats: { jetstreamPublish: true, msgIdHeader: true } },
      {
        kind: 'nats-stream',
        id: 'JOBS',
        cluster: 'nats',
        subjects: ['jobs.resize.>'],
        retention: 'workqueue',
        num_replicas: 3,
        max_age: '7d',
        max_bytes: 10_737_418_240,
        discard: 'new',
        messageSchema: schema,
      },
      {
        kind: 'nats-stream',
        id: 'JOBS_DLQ',
        cluster: 'nats',
        subjects: ['dlq.jobs.>'],
        retention: 'limits',
        num_replicas: 3,
        max_age: '14d',
        max_bytes: 1_073_741_824,
        role: 'dead-letter',
        depthAlert: true,
        messageSchema: schema,
      },
      {
        kind: 'consumer-group',
        id: 'resize-worker',
        // 300 jobs/s × 0.8 s keep 240 handlers busy (core/consumers-keep-up): 8 × 32 = 256.
        instances: 8,
        concurrency: 32,
        processingMsP50: 800,
        processingMsP99: 5000,
        idempotent: true,
        lagAlert: true,
        retry: { maxRetries: 3, backoff: ['1s', '10s', '60s'] },
        nats: { durable: true, ack_policy: 'explicit', ack_wait: '30s', max_deliver: 4, backoff: ['1s', '10s', '60s'], max_ack_pending: 300, maxDeliveriesAdvisory: true, inProgressAcks: true },
      },
    ],
    connections: [
      { from: 'upload-service', to: 'JOBS', subject: 'jobs.resize.thumbnail' },
      { from: 'JOBS', to: 'resize-worker' },
      { from: 'resize-worker', to: 'JOBS_DLQ', kind: 'dead-letter' },
    ],
  },
};
