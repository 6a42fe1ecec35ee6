import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { pulsarOrderEvents } from '../templates/pulsar-order-events';
import { consumer, expectConserved, expectTemplateSimulates, station } from '../testing/sim-broker-checks';
import { compileNetwork } from './network';
import { simulate } from './simulate';

/** Apache Pulsar: small designs, one behaviour each, checked by counts and formulas (never by time taken). */

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

  it('its template simulates: messages flow, nothing is "not simulated"', () => expectTemplateSimulates(pulsarOrderEvents));
});
