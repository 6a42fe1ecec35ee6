import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { servicebusOrders } from '../templates/servicebus-orders';
import { consumer, expectConserved, expectTemplateSimulates, station } from '../testing/sim-broker-checks';
import { compileNetwork } from './network';
import { simulate } from './simulate';

/** Azure Service Bus: small designs, one behaviour each, checked by counts and formulas (never by time taken). */

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

  // Its template dead-letters on expiry, which the simulation counts as expired and says so in a note.
  it('its template simulates: messages flow, nothing else is "not simulated"', () => expectTemplateSimulates(servicebusOrders, /deadLetteringOnMessageExpiration/));
});
