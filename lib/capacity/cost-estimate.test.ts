import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, estimateCost, type CostNeeds } from './cost-estimate';
import { DEFAULT_PRICES, OFFERINGS_NOT_PRICED } from './prices';

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

describe('cost estimate: Google Cloud Pub/Sub', () => {
  const withPubsub: CostNeeds = { ...kafka, pubsub: { publishesPerSecond: 100, deliveriesPerSecond: 200, messageBytes: 500, retainedGiB: 50 } };

  it('bytes published and delivered, each request billed at least 1,000 bytes, less 10 free GiB, at $40 a TiB; storage per GiB-month', () => {
    const cost = offering(withPubsub, 'Google Cloud Pub/Sub')!;
    const [throughput, storage] = cost.lines;
    // 300 requests/s × 1,000 bytes × 2,628,000 s = 788,400,000,000 bytes; less 10 GiB, 0.70728 TiB, $28.29.
    expect(throughput.quantity).toBeCloseTo((788_400_000_000 - 10 * 2 ** 30) / 2 ** 40, 9);
    expect(throughput.monthlyUsd).toBeCloseTo(28.2912, 3);
    expect(storage.monthlyUsd).toBeCloseTo(50 * 0.27, 6); // 13.5
    expect(cost.monthlyUsd).toBeCloseTo(28.2912 + 13.5, 3);
    for (const l of cost.lines) expect(l.price.source).toMatch(/^https:\/\//);
  });

  it('a message above the minimum is billed at its size; a trickle stays inside the free GiB', () => {
    const big = offering({ ...kafka, pubsub: { publishesPerSecond: 10, deliveriesPerSecond: 10, messageBytes: 70_000, retainedGiB: 0 } }, 'Google Cloud Pub/Sub')!;
    expect(big.lines[0].quantity).toBeCloseTo((20 * 70_000 * 2_628_000 - 10 * 2 ** 30) / 2 ** 40, 9);
    const trickle = offering({ ...kafka, pubsub: { publishesPerSecond: 0.01, deliveriesPerSecond: 0.01, messageBytes: 100, retainedGiB: 0 } }, 'Google Cloud Pub/Sub')!;
    expect(trickle.monthlyUsd).toBe(0);
  });

  it('no Pub/Sub traffic: no Pub/Sub offering; a bad Pub/Sub need is named', () => {
    expect(offering(kafka, 'Google Cloud Pub/Sub')).toBeUndefined();
    expect(estimateCost({ ...withPubsub, pubsub: { ...withPubsub.pubsub!, messageBytes: -1 } })).toEqual({ ok: false, error: 'needs.pubsub.messageBytes must be a finite number ≥ 0, got -1' });
  });
});

describe('cost estimate: Azure Service Bus', () => {
  const none = { standardNamespaces: 0, standardSendsPerSecond: 0, standardDeliveriesPerSecond: 0, basicSendsPerSecond: 0, basicDeliveriesPerSecond: 0, premiumMessagingUnits: 0 };

  it('Standard: a base charge with 13M operations included, then $0.80, $0.50 and $0.20 per million by band', () => {
    // 50 sends/s and 100 deliveries/s (a topic, two subscriptions), 2 operations each: 250 × 2,628,000 = 657M operations a month.
    const cost = offering({ ...kafka, servicebus: { ...none, standardNamespaces: 1, standardSendsPerSecond: 50, standardDeliveriesPerSecond: 100 } }, 'Azure Service Bus')!;
    const [base, to100M, to2500M, over] = cost.lines;
    expect(base.monthlyUsd).toBeCloseTo(9.81, 6);
    expect(to100M.quantity).toBeCloseTo(87, 6);
    expect(to100M.monthlyUsd).toBeCloseTo(69.6, 6);
    expect(to2500M.quantity).toBeCloseTo(557, 6);
    expect(to2500M.monthlyUsd).toBeCloseTo(278.5, 6);
    expect(over.monthlyUsd).toBe(0);
    expect(cost.monthlyUsd).toBeCloseTo(9.81 + 69.6 + 278.5, 6);
    for (const l of cost.lines) expect(l.price.source).toMatch(/^https:\/\//);
  });

  it('Premium: messaging-unit hours, operations included; Basic: every operation at $0.05 per million', () => {
    const premium = offering({ ...kafka, servicebus: { ...none, premiumMessagingUnits: 2 } }, 'Azure Service Bus')!;
    expect(premium.monthlyUsd).toBeCloseTo(2 * 677.08, 6);
    const basic = offering({ ...kafka, servicebus: { ...none, basicSendsPerSecond: 10, basicDeliveriesPerSecond: 10 } }, 'Azure Service Bus')!;
    // (10 + 10 × 2) × 2,628,000 = 78.84M operations.
    expect(basic.lines[0].quantity).toBeCloseTo(78.84, 6);
    expect(basic.monthlyUsd).toBeCloseTo(78.84 * 0.05, 6);
  });

  it('receive-and-delete is one operation per delivery: the assumption is an input', () => {
    const assumptions = { ...DEFAULT_ASSUMPTIONS, servicebusOperationsPerDelivery: { value: 1, why: 'ReceiveAndDelete' } };
    const cost = offering({ ...kafka, servicebus: { ...none, basicSendsPerSecond: 10, basicDeliveriesPerSecond: 10 } }, 'Azure Service Bus', DEFAULT_PRICES, assumptions)!;
    expect(cost.lines[0].quantity).toBeCloseTo(52.56, 6);
  });

  it('no Service Bus namespace: no Service Bus offering', () => {
    expect(offering(kafka, 'Azure Service Bus')).toBeUndefined();
    expect(offering({ ...kafka, servicebus: none }, 'Azure Service Bus')).toBeUndefined();
  });
});

describe('cost estimate: Amazon MQ for RabbitMQ', () => {
  it('one broker for a single node, three for any cluster deployment, at the mq.m5.xlarge hour', () => {
    const cost = offering({ ...kafka, rabbitmq: { clusterNodes: [1, 3, 5] } }, 'Amazon MQ for RabbitMQ')!;
    // 1 + 3 + 3 brokers × 730 hours at $420.48 / 730 an hour.
    expect(cost.lines[0].quantity).toBe(7 * 730);
    expect(cost.monthlyUsd).toBeCloseTo(7 * 420.48, 6);
    expect(cost.lines[0].price.source).toMatch(/^https:\/\/github\.com\/infracost\//);
  });

  it('no RabbitMQ cluster: no Amazon MQ offering; a bad cluster size is named', () => {
    expect(offering({ ...kafka, rabbitmq: { clusterNodes: [] } }, 'Amazon MQ for RabbitMQ')).toBeUndefined();
    expect(estimateCost({ ...kafka, rabbitmq: { clusterNodes: [3, Number.NaN] } })).toEqual({ ok: false, error: 'needs.rabbitmq.clusterNodes[1] must be a finite number ≥ 0, got NaN' });
  });
});

describe('offerings not priced', () => {
  it('each says why and where its billing is described', () => {
    expect(OFFERINGS_NOT_PRICED.map((o) => o.offering)).toEqual(['Confluent Cloud', 'CloudAMQP', 'Synadia Cloud']);
    for (const o of OFFERINGS_NOT_PRICED) expect(o.billing).toMatch(/^https:\/\//);
  });
});
