import { testRule } from '../rule-tester';
import type { TestDesignInput } from '../../design/build-design';
import { retentionFitsDisk } from './retention-fits-disk';

/**
 * `checkout` publishes 2,000 msg/s of 1,000 B (2 MB/s) into `channel` on cluster `c`, read by `reader`.
 * 7 days × 2 MB/s × 3 replicas = 3,628.8 GB ≈ 3,380 GiB; 3 brokers × 500 GiB at 80 % hold 1,200 GiB.
 */
function cluster(channel: { kind?: string; [field: string]: unknown }, clusterFields: Record<string, unknown> = { brokerDiskGiB: 500 }, requirements: Record<string, unknown> = {}): TestDesignInput {
  const broker = channel.kind === 'nats-stream' ? 'nats' : 'kafka';
  return {
    requirements: { throughput: 2000, messageSizeBytes: 1000, ordering: 'none', ...requirements },
    clusters: [{ id: 'c', name: 'Main', broker, nodes: 3, ...clusterFields }],
    nodes: [
      { kind: 'producer', id: 'checkout' },
      channel.kind === 'nats-stream'
        ? { ...channel, kind: 'nats-stream', id: 'orders', cluster: 'c' }
        : { kind: 'kafka-topic', id: 'orders', cluster: 'c', partitions: 6, replicationFactor: 3, ...channel },
      { kind: 'consumer-group', id: 'reader' },
    ],
    connections: [
      { from: 'checkout', to: 'orders' },
      { from: 'orders', to: 'reader' },
    ],
  };
}

const SEVEN_DAYS = 604_800_000;

testRule(retentionFitsDisk, {
  valid: [
    { name: 'no disk declared: not judged', design: cluster({ config: { 'retention.ms': SEVEN_DAYS } }, {}) },
    { name: 'one day fits (483 GiB of 1,200)', design: cluster({ config: { 'retention.ms': 86_400_000 } }) },
    { name: 'retention.bytes caps what a partition keeps: 6 × 10 GB × 3 = 168 GiB', design: cluster({ config: { 'retention.ms': SEVEN_DAYS, 'retention.bytes': 10_000_000_000 } }) },
    { name: 'kept forever but capped by retention.bytes: 6 × 20 GB × 3 = 335 GiB fits', design: cluster({ config: { 'retention.ms': -1, 'retention.bytes': 20_000_000_000 } }) },
    { name: 'the default rate is not a declared one', design: cluster({ config: { 'retention.ms': SEVEN_DAYS } }, undefined, { throughput: undefined }) },
    { name: 'a compacted topic is sized by its keys, not judged', design: cluster({ config: { 'cleanup.policy': 'compact', 'retention.ms': -1 } }) },
    {
      name: 'a JetStream stream with max_bytes fits',
      design: cluster({ kind: 'nats-stream', subjects: ['orders.>'], num_replicas: 3, max_age: '7d', max_bytes: 100_000_000_000 }),
    },
    {
      name: 'a JetStream memory stream uses no disk',
      design: cluster({ kind: 'nats-stream', subjects: ['orders.>'], num_replicas: 3, storage: 'memory', max_age: '7d' }),
    },
  ],
  invalid: [
    {
      name: 'seven days at 2 MB/s with 3 replicas need 3.3 TiB; 3 × 500 GiB hold 1,200 GiB',
      design: cluster({ config: { 'retention.ms': SEVEN_DAYS } }),
      findings: [
        {
          messageIncludes:
            'Cluster "Main" keeps 3.3 TiB on disk (orders 7 days × 2 MB/s × 3) but 3 broker(s) × 500 GiB hold 1.17 TiB at 80 % use: brokers whose disks fill stop taking writes. It needs 1409 GiB per broker, or shorter retention.',
        },
      ],
      output: { design: { clusters: [{ id: 'c', brokerDiskGiB: 1409 }] } },
    },
    {
      name: 'the logs of a cluster add up: two topics that fit alone',
      design: {
        ...cluster({ config: { 'retention.ms': 2 * 86_400_000 } }),
        nodes: [
          { kind: 'producer', id: 'checkout' },
          { kind: 'kafka-topic', id: 'orders', cluster: 'c', partitions: 6, replicationFactor: 3, config: { 'retention.ms': 2 * 86_400_000 } },
          { kind: 'kafka-topic', id: 'payments', cluster: 'c', partitions: 6, replicationFactor: 3, config: { 'retention.ms': 2 * 86_400_000 } },
        ],
        connections: [
          { from: 'checkout', to: 'orders' },
          { from: 'checkout', to: 'payments' },
        ],
      },
      findings: [{ messageIncludes: '(orders 2 days × 2 MB/s × 3 + payments 2 days × 2 MB/s × 3)' }],
      output: { design: { clusters: [{ id: 'c', brokerDiskGiB: 805 }] } },
    },
    {
      name: 'a JetStream file stream kept 7 days with 3 replicas',
      design: cluster({ kind: 'nats-stream', subjects: ['orders.>'], num_replicas: 3, max_age: '7d' }),
      findings: [{ messageIncludes: 'keeps 3.3 TiB on disk (orders 7 days × 2 MB/s × 3)' }],
    },
    {
      name: 'a byte limit too large for the disks is named as the limit',
      design: cluster({ config: { 'retention.ms': -1, 'retention.bytes': 100_000_000_000 } }),
      findings: [{ messageIncludes: '(orders a 559 GiB limit × 3)' }],
      output: { design: { clusters: [{ id: 'c', brokerDiskGiB: 699 }] } },
    },
    {
      name: 'retention forever: the disk fills, and the rule says when',
      design: cluster({ config: { 'retention.ms': -1 } }),
      // 1,200 GiB at 6 MB/s (2 MB/s × 3 replicas): about 2.5 days.
      findings: [{ messageIncludes: '"orders" keep messages with no time or size limit, writing 6 MB/s to disk (replicas included), so 3 broker(s) × 500 GiB reach 80 % use in about 2 days' }],
    },
  ],
});
