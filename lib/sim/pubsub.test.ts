import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { pubsubOrderEvents } from '../templates/pubsub-order-events';
import { consumer, expectConserved, expectTemplateSimulates, station } from '../testing/sim-broker-checks';
import { compileNetwork } from './network';
import { simulate } from './simulate';

/** Google Pub/Sub: small designs, one behaviour each, checked by counts and formulas (never by time taken). */

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

  it('its template simulates: messages flow, nothing is "not simulated"', () => expectTemplateSimulates(pubsubOrderEvents));
});
