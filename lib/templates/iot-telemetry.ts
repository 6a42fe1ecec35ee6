import { deadLetterTopic, kafkaCluster, kafkaGroup, kafkaProducer, kafkaTopic } from './kafka-parts';
import type { Template } from './template';

/**
 * Device telemetry at volume on Redpanda: an MQTT bridge publishes readings
 * keyed by device id (each device's readings stay in order), batched and
 * compressed; a stream processor aggregates per minute, an alerting service
 * watches thresholds, and raw readings expire after three days.
 */
export const iotTelemetry: Template = {
  id: 'iot-telemetry',
  title: 'IoT telemetry',
  purpose: '50k readings/s from devices, keyed by device id, aggregated per minute and checked for alerts; raw data kept three days.',
  brokers: ['Redpanda'],
  design: {
    name: 'IoT telemetry',
    notes: 'Partitions sized for 50k msg/s at 400 B (about 20 MB/s, 48 partitions leave room to 3×). Readings are keyed by device id so each device is processed in order.',
    requirements: {
      throughput: 50_000,
      peakThroughput: 120_000,
      messageSizeBytes: 400,
      latencyMs: 2000,
      ordering: 'per-key',
      delivery: 'at-least-once',
      retentionHours: 72,
      maxConsumerOutageHours: 12,
      criticality: 'normal',
    },
    clusters: [kafkaCluster('redpanda', 'Redpanda production', 'redpanda')],
    nodes: [
      kafkaProducer('mqtt-bridge', {
        name: 'mqtt-bridge (devices)',
        instances: 6,
        publishRate: 50_000,
        messageSizeBytes: 400,
        kafka: { acks: 'all', 'enable.idempotence': true, 'linger.ms': 20, 'batch.size': 262_144, 'compression.type': 'zstd' },
      }),
      kafkaTopic('telemetry.readings', 'SensorReading', { partitions: 48, config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': 259_200_000 } }, 'redpanda'),
      kafkaTopic('telemetry.minutely', 'MinuteAggregate', { partitions: 12, config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': 2_592_000_000 } }, 'redpanda'),
      kafkaTopic('telemetry.alerts', 'ThresholdAlert', { partitions: 6 }, 'redpanda'),
      deadLetterTopic('telemetry.dlq', { config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': 2_592_000_000 } }, 'redpanda'),
      kafkaGroup('aggregator', { name: 'aggregator (per minute)', instances: 12, concurrency: 1 }),
      kafkaGroup('threshold-watcher', { instances: 6 }),
      kafkaGroup('dashboard-feed', { instances: 2 }),
    ],
    connections: [
      { from: 'mqtt-bridge', to: 'telemetry.readings' },
      { from: 'telemetry.readings', to: 'aggregator' },
      { from: 'telemetry.readings', to: 'threshold-watcher' },
      { from: 'aggregator', to: 'telemetry.minutely' },
      { from: 'threshold-watcher', to: 'telemetry.alerts' },
      { from: 'telemetry.minutely', to: 'dashboard-feed' },
      { from: 'telemetry.alerts', to: 'dashboard-feed' },
      { from: 'aggregator', to: 'telemetry.dlq' },
      { from: 'threshold-watcher', to: 'telemetry.dlq' },
      { from: 'dashboard-feed', to: 'telemetry.dlq' },
    ],
  },
};
