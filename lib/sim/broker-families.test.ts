import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { templateDesign } from '../templates';
import { artemisJmsOrders } from '../templates/artemis-jms-orders';
import { pubsubOrderEvents } from '../templates/pubsub-order-events';
import { pulsarOrderEvents } from '../templates/pulsar-order-events';
import { servicebusOrders } from '../templates/servicebus-orders';
import { artemisRedeliveryDelaysUs } from './compile-artemis';
import { compileNetwork } from './network';
import { simulate } from './simulate';

/** Artemis, Pub/Sub, Pulsar and Service Bus: small designs, one behaviour each, checked by counts and formulas (never by time taken). */

type Report = ReturnType<typeof simulate>['report'];
const consumer = (id: string, extra: Record<string, unknown> = {}) => ({ kind: 'consumer-group', id, processingMsP50: 5, processingMsP99: 20, retry: { maxRetries: 0, backoff: ['1s'] }, ...extra });
const station = (report: Report, channel: string) => report.stations.find((s) => s.channel === channel)!;

/** Conservation: what arrived was processed, waits, was lost or dead-lettered, or is in a thread's hands (at most one per thread). */
function expectConserved(report: Report): void {
  for (const s of report.stations) {
    const inFlight = s.arrived - s.processed - s.endDepth - s.lost - s.deadLettered;
    expect(inFlight, s.id).toBeGreaterThanOrEqual(0);
    expect(inFlight, s.id).toBeLessThanOrEqual(s.threads);
  }
}

describe('ActiveMQ Artemis', () => {
  const artemis = (routingType: string, settings: Record<string, unknown> = {}) =>
    makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 40, keyStrategy: 'none' },
          { kind: 'artemis-address', id: 'orders', routingType, settings },
          { kind: 'artemis-queue', id: 'billing' },
          { kind: 'artemis-queue', id: 'shipping' },
          { kind: 'artemis-address', id: 'DLA', routingType: 'anycast' },
          { kind: 'artemis-queue', id: 'DLQ', role: 'dead-letter' },
          consumer('billing-service', { concurrency: 2 }),
          consumer('shipping-service'),
        ],
        connections: [
          { from: 'p', to: 'orders', kind: 'publish' },
          { from: 'orders', to: 'billing', kind: 'bind' },
          { from: 'orders', to: 'shipping', kind: 'bind' },
          { from: 'orders', to: 'DLA', kind: 'dead-letter' },
          { from: 'DLA', to: 'DLQ', kind: 'bind' },
          { from: 'billing', to: 'billing-service', kind: 'consume' },
          { from: 'shipping', to: 'shipping-service', kind: 'consume' },
        ],
      },
      { recommended: false },
    );

  it('multicast copies every message to each queue; anycast shares them between the queues', () => {
    const multicast = simulate(artemis('multicast'), 'steady', 1, { durationMs: 60_000 }).report;
    expect(station(multicast, 'billing').arrived).toBe(multicast.published);
    expect(station(multicast, 'shipping').arrived).toBe(multicast.published);
    expectConserved(multicast);
    const anycast = simulate(artemis('anycast'), 'steady', 1, { durationMs: 60_000 }).report;
    const billing = station(anycast, 'billing').arrived;
    const shipping = station(anycast, 'shipping').arrived;
    expect(billing + shipping).toBe(anycast.published);
    // Each queue takes half the rate: 20/s × 60 s = 1200, within 4 standard deviations of a Poisson count.
    for (const n of [billing, shipping]) expect(Math.abs(n - 1200)).toBeLessThan(4 * Math.sqrt(1200));
  });

  it('a poison message is delivered max-delivery-attempts times, then goes to the dead-letter address', () => {
    const { report } = simulate(artemis('anycast', { 'max-delivery-attempts': 4, 'redelivery-delay': 100, 'redelivery-delay-multiplier': 2 }), 'poison', 3, { durationMs: 60_000 });
    const poisoned = report.stations.find((s) => s.deadLettered > 0)!;
    expect(poisoned.deadLettered).toBe(1);
    expect(poisoned.redelivered).toBe(4 - 1);
    expect(station(report, 'DLQ').arrived).toBe(1);
    expect(report.totals.lost).toBe(0);
    expect(report.scenarioOutcomes.join('\n')).toMatch(/dead-lettered \(max-delivery-attempts reached\)/);
  });

  it('redelivery delays grow by the multiplier up to max-redelivery-delay, as Artemis computes them', () => {
    const settings = { 'max-delivery-attempts': 10, 'redelivery-delay': 1000, 'redelivery-delay-multiplier': 2, 'max-redelivery-delay': 5000 } as const;
    expect(
      artemisRedeliveryDelaysUs({
        ...settings,
        'address-full-policy': 'PAGE',
        'max-size-bytes': -1,
        'max-size-messages': -1,
        'default-last-value-queue': false,
        'default-exclusive-queue': false,
        'default-group-rebalance': false,
      }),
    ).toEqual([1e6, 2e6, 4e6, 5e6]);
  });

  it('address-full-policy FAIL refuses what exceeds max-size-messages; PAGE keeps everything', () => {
    const slow = (policy: string) => {
      const d = artemis('multicast', { 'address-full-policy': policy, 'max-size-messages': 50 });
      return makeDesign({ ...d, nodes: d.nodes.map((n) => (n.id === 'shipping-service' ? { ...n, processingMsP50: 200, processingMsP99: 400 } : n)) }, { recommended: false });
    };
    const fail = simulate(slow('FAIL'), 'steady', 2, { durationMs: 60_000 }).report;
    expect(station(fail, 'shipping').lostBy['rejected (queue full)']).toBeGreaterThan(0);
    expect(station(fail, 'shipping').peakDepth).toBeLessThanOrEqual(50);
    expectConserved(fail);
    const page = simulate(slow('PAGE'), 'steady', 2, { durationMs: 60_000 }).report;
    expect(station(page, 'shipping').lost).toBe(0);
    expect(station(page, 'shipping').peakDepth).toBeGreaterThan(50);
  });

  it('an exclusive queue delivers to one consumer at a time', () => {
    const d = artemis('multicast');
    const exclusive = makeDesign({ ...d, nodes: d.nodes.map((n) => (n.id === 'billing' ? { ...n, exclusive: true } : n)) }, { recommended: false });
    expect(compileNetwork(exclusive).stations.find((s) => s.channelId === 'billing')!.serverConsumer).toHaveLength(1);
  });
});

describe('Google Pub/Sub', () => {
  const pubsub = (extra: Record<string, unknown> = {}) =>
    makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 30, keyStrategy: 'entity-id' },
          { kind: 'pubsub-topic', id: 'events' },
          { kind: 'pubsub-subscription', id: 'all', maxDeliveryAttempts: 5, ...extra },
          { kind: 'pubsub-subscription', id: 'eu', filter: 'attributes.region = "eu"' },
          { kind: 'pubsub-subscription', id: 'us', filter: 'attributes.region = "us"' },
          { kind: 'pubsub-topic', id: 'dead', role: 'dead-letter' },
          { kind: 'pubsub-subscription', id: 'dead-sub' },
          consumer('worker', { concurrency: 4 }),
          consumer('eu-worker'),
          consumer('us-worker'),
        ],
        connections: [
          { from: 'p', to: 'events', kind: 'publish', arguments: { region: 'eu' } },
          { from: 'events', to: 'all', kind: 'subscription' },
          { from: 'events', to: 'eu', kind: 'subscription' },
          { from: 'events', to: 'us', kind: 'subscription' },
          { from: 'all', to: 'worker', kind: 'consume' },
          { from: 'eu', to: 'eu-worker', kind: 'consume' },
          { from: 'us', to: 'us-worker', kind: 'consume' },
          { from: 'all', to: 'dead', kind: 'dead-letter' },
          { from: 'dead', to: 'dead-sub', kind: 'subscription' },
        ],
      },
      { recommended: false },
    );

  it('a topic copies each message to every subscription whose filter accepts its attributes', () => {
    const { report } = simulate(pubsub(), 'steady', 1, { durationMs: 60_000 });
    expect(station(report, 'all').arrived).toBe(report.published);
    expect(station(report, 'eu').arrived).toBe(report.published);
    expect(station(report, 'us').arrived).toBe(0);
    expectConserved(report);
  });

  it('a poison message is delivered maxDeliveryAttempts times, then forwarded to the dead-letter topic', () => {
    const { report } = simulate(pubsub({ minimumBackoffSeconds: 1, maximumBackoffSeconds: 4 }), 'poison@worker', 4, { durationMs: 120_000 });
    expect(station(report, 'all').redelivered).toBe(5 - 1);
    expect(station(report, 'all').deadLettered).toBe(1);
    expect(station(report, 'dead-sub').arrived).toBe(1);
    expect(report.totals.lost).toBe(0);
  });

  it('ordering keys keep a lane per thread; without them one shared queue', () => {
    expect(compileNetwork(pubsub({ enableMessageOrdering: true })).stations.find((s) => s.channelId === 'all')!.laned).toBe(true);
    expect(compileNetwork(pubsub()).stations.find((s) => s.channelId === 'all')!.laned).toBe(false);
  });
});

describe('Apache Pulsar', () => {
  const pulsar = (subscriptionType: string, partitions = 0, extra: Record<string, unknown> = {}) =>
    makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 30, keyStrategy: 'entity-id' },
          { kind: 'pulsar-topic', id: 'orders', partitions },
          { kind: 'pulsar-subscription', id: 'work', subscriptionType, negativeAckRedeliveryDelayMicros: 500_000, ...extra },
          { kind: 'pulsar-topic', id: 'orders-dlq', role: 'dead-letter' },
          { kind: 'pulsar-subscription', id: 'dlq-sub', subscriptionType: 'Shared' },
          consumer('worker', { instances: 3, concurrency: 2 }),
        ],
        connections: [
          { from: 'p', to: 'orders', kind: 'publish' },
          { from: 'orders', to: 'work', kind: 'subscription' },
          { from: 'work', to: 'worker', kind: 'consume' },
          { from: 'work', to: 'orders-dlq', kind: 'dead-letter' },
          { from: 'orders-dlq', to: 'dlq-sub', kind: 'subscription' },
        ],
      },
      { recommended: false },
    );
  const threads = (type: string, partitions = 0) => compileNetwork(pulsar(type, partitions)).stations.find((s) => s.channelId === 'work')!.serverConsumer.length;

  it('the subscription type decides the threads: Exclusive and Failover one per partition, Shared and Key_Shared every one', () => {
    expect(threads('Exclusive')).toBe(1);
    expect(threads('Failover')).toBe(1);
    expect(threads('Failover', 4)).toBe(4);
    expect(threads('Exclusive', 4)).toBe(2); // one consumer: its 2 threads
    expect(threads('Shared')).toBe(6);
    expect(threads('Key_Shared')).toBe(6);
    // Failover gives each consumer instance a partition before any gets a second.
    expect(compileNetwork(pulsar('Failover', 3)).stations.find((s) => s.channelId === 'work')!.serverInstance).toEqual([0, 1, 2]);
  });

  it('says so when a topic has no subscription to keep what is published', () => {
    const d = pulsar('Shared');
    const bare = makeDesign({ ...d, connections: d.connections.filter((c) => c.to !== 'work') }, { recommended: false });
    expect(compileNetwork(bare).notes).toContain(
      'No queue or subscription takes what p publishes to orders (none is there, or no filter accepts it): the broker keeps none of it, and the report does not count it as unroutable',
    );
  });

  it('a poison message is redelivered maxRedeliverCount times, then sent to the dead letter topic', () => {
    const { report } = simulate(pulsar('Shared', 0, { maxRedeliverCount: 3 }), 'poison', 5, { durationMs: 60_000 });
    expect(station(report, 'work').redelivered).toBe(3);
    expect(station(report, 'work').deadLettered).toBe(1);
    expect(station(report, 'dlq-sub').arrived).toBe(1);
    expectConserved(report);
  });

  it('without a dead letter policy a poison message is redelivered for ever', () => {
    const { report } = simulate(pulsar('Shared'), 'poison', 5, { durationMs: 30_000 });
    expect(station(report, 'work').deadLettered).toBe(0);
    expect(station(report, 'work').redelivered).toBeGreaterThan(20);
  });
});

describe('Azure Service Bus', () => {
  const servicebus = (extra: Record<string, unknown> = {}) =>
    makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 30 },
          { kind: 'servicebus-topic', id: 'events' },
          { kind: 'servicebus-subscription', id: 'eu', maxDeliveryCount: 3, rules: [{ name: 'eu', filterType: 'SqlFilter', sqlExpression: "region = 'eu'" }], ...extra },
          { kind: 'servicebus-subscription', id: 'vip', rules: [{ name: 'vip', filterType: 'CorrelationFilter', correlationFilter: { properties: { tier: 'vip' } } }] },
          { kind: 'servicebus-subscription', id: 'none', rules: [{ name: 'off', filterType: 'SqlFilter', sqlExpression: '1=0' }] },
          consumer('eu-worker', { concurrency: 2 }),
          consumer('vip-worker'),
        ],
        connections: [
          { from: 'p', to: 'events', kind: 'publish', arguments: { region: 'eu', tier: 'standard' } },
          { from: 'events', to: 'eu', kind: 'subscription' },
          { from: 'events', to: 'vip', kind: 'subscription' },
          { from: 'events', to: 'none', kind: 'subscription' },
          { from: 'eu', to: 'eu-worker', kind: 'consume' },
          { from: 'vip', to: 'vip-worker', kind: 'consume' },
        ],
      },
      { recommended: false },
    );

  it('a topic copies a message to each subscription whose rules accept it', () => {
    const { report } = simulate(servicebus(), 'steady', 1, { durationMs: 60_000 });
    expect(station(report, 'eu').arrived).toBe(report.published);
    expect(station(report, 'vip').arrived).toBe(0);
    expect(station(report, 'none').arrived).toBe(0);
    expectConserved(report);
  });

  it('a poison message is delivered maxDeliveryCount times, then kept in the dead-letter sub-queue (not lost)', () => {
    const { report } = simulate(servicebus(), 'poison', 6, { durationMs: 60_000 });
    expect(station(report, 'eu').redelivered).toBe(3 - 1);
    expect(station(report, 'eu').deadLettered).toBe(1);
    expect(report.totals.lost).toBe(0);
    expect(report.scenarioOutcomes.join('\n')).toMatch(/into eu\/\$DeadLetterQueue/);
  });

  it('sessions keep a lane per thread', () => {
    expect(compileNetwork(servicebus({ requiresSession: true })).stations.find((s) => s.channelId === 'eu')!.laned).toBe(true);
  });
});

describe('every family template simulates', () => {
  it.each([artemisJmsOrders, pubsubOrderEvents, pulsarOrderEvents, servicebusOrders])('$id: messages flow, nothing is "not simulated"', (template) => {
    const { report } = simulate(templateDesign(template), 'steady', 1, { durationMs: 30_000 });
    expect(report.published).toBeGreaterThan(0);
    expect(report.totals.processed).toBeGreaterThan(0);
    expect(report.notModelled.filter((n) => /not simulated/.test(n) && !/deadLetteringOnMessageExpiration/.test(n))).toEqual([]);
    expectConserved(report);
  });
});
