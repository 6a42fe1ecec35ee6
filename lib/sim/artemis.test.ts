import { describe, expect, it } from 'vitest';
import { ARTEMIS_ADDRESS_SETTINGS_DEFAULTS } from '../brokers/artemis/address-settings-defaults';
import { makeDesign } from '../design/build-design';
import { artemisJmsOrders } from '../templates/artemis-jms-orders';
import { consumer, expectConserved, expectTemplateSimulates, station } from '../testing/sim-broker-checks';
import { artemisRedeliveryDelaysUs } from './compile-artemis';
import { compileNetwork } from './network';
import { simulate } from './simulate';

/** ActiveMQ Artemis: small designs, one behaviour each, checked by counts and formulas (never by time taken). */

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
    expect(artemisRedeliveryDelaysUs({ ...ARTEMIS_ADDRESS_SETTINGS_DEFAULTS.values, ...settings })).toEqual([1e6, 2e6, 4e6, 5e6]);
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

  it('its template simulates: messages flow, nothing is "not simulated"', () => expectTemplateSimulates(artemisJmsOrders));
});
