import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, estimateCost, type CostNeeds } from './cost-estimate';
import { DEFAULT_PRICES } from './prices';

const kafka: CostNeeds = { brokers: 3, diskGb: 500, writeBytesPerSecond: 10_000_000, replicationFactor: 3, readFanout: 2, zones: 3 };

function offering(needs: CostNeeds, name: string, prices = DEFAULT_PRICES, assumptions = DEFAULT_ASSUMPTIONS) {
  const estimate = estimateCost(needs, prices, assumptions);
  if (!estimate.ok) throw new Error(estimate.error);
  return estimate.offerings.find((o) => o.offering === name);
}

describe('cost estimate', () => {
  it('self-hosted: instances × hours, disk × GB-month, cross-zone traffic billed out and in', () => {
    const cost = offering(kafka, 'Self-hosted (EC2 + EBS)')!;
    const [instances, disk, network] = cost.lines;
    expect(instances.monthlyUsd).toBeCloseTo(3 * 730 * 0.096, 6); // 210.24
    expect(disk.monthlyUsd).toBeCloseTo(500 * 0.08, 6); // 40
    // 10 MB/s × (2/3 producer + 2 followers + 2 groups × 2/3) = 40 MB/s crossing, 105,120 GB a month.
    expect(network.quantity).toBeCloseTo(105_120, 6);
    expect(network.monthlyUsd).toBeCloseTo(105_120 * 0.01 * 2, 6);
    expect(cost.monthlyUsd).toBeCloseTo(210.24 + 40 + 2102.4, 6);
  });

  it('one zone: no cross-zone traffic', () => {
    const cost = offering({ ...kafka, zones: 1 }, 'Self-hosted (EC2 + EBS)')!;
    expect(cost.lines[2].monthlyUsd).toBe(0);
  });

  it('every line carries its price, with a source and the date it was read', () => {
    for (const l of offering(kafka, 'Self-hosted (EC2 + EBS)')!.lines) {
      expect(l.price.source).toMatch(/^https:\/\//);
      expect(l.price.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('prices and assumptions are inputs: a Savings Plan price and a 720-hour month change the figure', () => {
    const prices = { ...DEFAULT_PRICES, brokerInstanceHour: { ...DEFAULT_PRICES.brokerInstanceHour, value: 0.06, source: 'https://example.com/our-contract' } };
    const assumptions = { ...DEFAULT_ASSUMPTIONS, hoursPerMonth: { value: 720, why: '30 days' } };
    expect(offering(kafka, 'Self-hosted (EC2 + EBS)', prices, assumptions)!.lines[0].monthlyUsd).toBeCloseTo(3 * 720 * 0.06, 6);
  });

  it('SQS: three requests per message, a 100 KB message is two 64 KB chunks, less the free million', () => {
    const standard = offering({ ...kafka, sqsMessagesPerSecond: 100, sqsMessageBytes: 102_400 }, 'Amazon SQS / SNS')!;
    // 100 × 2,628,000 s × 3 × 2 = 1,576,800,000 requests; 1,575.8 million billable.
    expect(standard.lines[0].quantity).toBeCloseTo(1575.8, 6);
    expect(standard.monthlyUsd).toBeCloseTo(1575.8 * 0.4, 6);
    const fifo = offering({ ...kafka, sqsMessagesPerSecond: 100, sqsMessageBytes: 102_400, sqsFifo: true }, 'Amazon SQS / SNS')!;
    expect(fifo.monthlyUsd).toBeCloseTo(1575.8 * 0.5, 6);
  });

  it('a queue inside the free tier costs nothing; SNS publishes are priced per million', () => {
    const cost = offering({ ...kafka, sqsMessagesPerSecond: 0.1, sqsMessageBytes: 1000, snsPublishesPerSecond: 10 }, 'Amazon SQS / SNS')!;
    expect(cost.lines[0].monthlyUsd).toBe(0);
    expect(cost.lines[1].quantity).toBeCloseTo(26.28, 6);
    expect(cost.lines[1].monthlyUsd).toBeCloseTo(13.14, 6);
  });

  it('no SQS or SNS traffic: no SQS/SNS offering', () => {
    expect(offering(kafka, 'Amazon SQS / SNS')).toBeUndefined();
  });

  it('bad input gives a clear error naming the input, never a crash', () => {
    expect(estimateCost({ ...kafka, brokers: -1 })).toEqual({ ok: false, error: 'needs.brokers must be a finite number ≥ 0, got -1' });
    expect(estimateCost({ ...kafka, diskGb: Number.NaN })).toEqual({ ok: false, error: 'needs.diskGb must be a finite number ≥ 0, got NaN' });
    expect(estimateCost({ ...kafka, zones: 0 })).toEqual({ ok: false, error: 'needs.zones must be at least 1, got 0' });
    const prices = { ...DEFAULT_PRICES, diskGbMonth: { ...DEFAULT_PRICES.diskGbMonth, value: Infinity } };
    expect(estimateCost(kafka, prices)).toEqual({ ok: false, error: 'prices.diskGbMonth.value must be a finite number ≥ 0, got Infinity' });
  });
});

describe('cost estimate: Amazon MSK', () => {
  const withKafka: CostNeeds = { ...kafka, kafka: { brokers: 3, diskGb: 500, writeBytesPerSecond: 10_000_000, readBytesPerSecond: 20_000_000 } };

  it('broker hours at the MSK price, storage per GB-month, and only client traffic across zones (replication is not billed)', () => {
    const cost = offering(withKafka, 'Amazon MSK (provisioned, Standard brokers)')!;
    const [brokers, storage, network] = cost.lines;
    expect(brokers.monthlyUsd).toBeCloseTo(3 * 730 * 0.21, 6); // 459.9
    expect(storage.monthlyUsd).toBeCloseTo(500 * 0.1, 6); // 50
    // (10 + 20) MB/s × 2/3 = 20 MB/s crossing: 52,560 GB a month, billed out and in.
    expect(network.quantity).toBeCloseTo(52_560, 6);
    expect(network.monthlyUsd).toBeCloseTo(52_560 * 0.01 * 2, 6);
    expect(cost.monthlyUsd).toBeCloseTo(459.9 + 50 + 1051.2, 6);
    for (const l of cost.lines) expect(l.price.source).toMatch(/^https:\/\//);
  });

  it('no Kafka in the needs: no MSK offering', () => {
    expect(offering(kafka, 'Amazon MSK (provisioned, Standard brokers)')).toBeUndefined();
    expect(offering({ ...kafka, kafka: { brokers: 0, diskGb: 0, writeBytesPerSecond: 0, readBytesPerSecond: 0 } }, 'Amazon MSK (provisioned, Standard brokers)')).toBeUndefined();
  });

  it('a bad Kafka need is named', () => {
    expect(estimateCost({ ...withKafka, kafka: { ...withKafka.kafka!, diskGb: -5 } })).toEqual({ ok: false, error: 'needs.kafka.diskGb must be a finite number ≥ 0, got -5' });
  });
});
