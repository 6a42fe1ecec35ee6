import { describe, expect, it } from 'vitest';
import { runRules } from '../rules/engine';
import { RULES } from '../rules/registry';
import { generateStartingDesign } from '../families';
import { messagingRequest } from './request';
import { consumerInstancesFor, partitionsFor } from './sizing';

describe('wizard sizing by messages and bytes', () => {
  it('sizes small messages by their count', () => {
    expect(partitionsFor(messagingRequest({ throughput: 20_000, messageSizeBytes: 200, ordering: 'none' }))).toBe(30);
    expect(consumerInstancesFor(messagingRequest({ throughput: 20_000, messageSizeBytes: 200, ordering: 'none' }), 30)).toBe(10);
  });

  it('sizes large messages by their bytes: 2,000 msg/s of 100 KB are 300 MB/s with headroom, 30 partitions', () => {
    const request = messagingRequest({ throughput: 2000, messageSizeBytes: 100_000, ordering: 'none' });
    expect(partitionsFor(request)).toBe(30);
    // The same count of 1 KB messages needs the minimum.
    expect(partitionsFor(messagingRequest({ throughput: 2000, messageSizeBytes: 1000, ordering: 'none' }))).toBe(6);
  });

  it("gives consumers of large messages one instance per partition's worth of bytes (200 MB/s: 20), capped by the partitions", () => {
    const request = messagingRequest({ throughput: 2000, messageSizeBytes: 100_000, ordering: 'none' });
    expect(consumerInstancesFor(request, 30)).toBe(20);
    expect(consumerInstancesFor(request, 12)).toBe(12);
    expect(consumerInstancesFor(messagingRequest({ throughput: 2000, messageSizeBytes: 1000, ordering: 'none' }), 6)).toBe(2);
  });

  it('sizes by the peak when one is declared', () => {
    expect(partitionsFor(messagingRequest({ throughput: 1000, peakThroughput: 4000, messageSizeBytes: 50_000, ordering: 'none' }))).toBe(30);
  });

  it('keeps a strictly ordered flow on one partition and one consumer', () => {
    const request = messagingRequest({ throughput: 2000, messageSizeBytes: 100_000, ordering: 'strict' });
    expect(partitionsFor(request)).toBe(1);
    expect(consumerInstancesFor(request, 1)).toBe(1);
  });

  it("a design the wizard sizes for large messages passes the review's partition rule", () => {
    const design = generateStartingDesign(messagingRequest({ throughput: 2000, messageSizeBytes: 100_000, ordering: 'none' }), 'kafka');
    const topics = design.nodes.filter((n) => n.kind === 'kafka-topic' && n.role !== 'dead-letter');
    expect(topics.map((t) => (t as { partitions?: number }).partitions)).toContain(30);
    const capacity = runRules(design, RULES).filter((f) => f.ruleId === 'kafka/partitions-for-target-throughput' || f.ruleId === 'core/consumers-keep-up');
    expect(capacity).toEqual([]);
  });
});
