import { connect, JSONCodec, type NatsConnection as NatsClient } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDesign, type TestDesignInput } from '../design/build-design';
import { applyNatsCluster } from '../live/nats-audit';
import { natsConnectionSchema, type NatsConnection } from '../live/nats-connection';
import { requireNatsServer, startNatsServer, type NatsServer } from '../testing/nats-server';
import { settle, simulateFor, stationOf, withOnlyProducer } from '../testing/sim-agreement';

/**
 * The simulator against a real nats-server with JetStream (Debian's 2.9.10):
 * the design's stream and consumer go to the server through the live apply
 * (lib/live/nats-audit), the server gets the messages the simulation
 * published, and a consumer that never acks one of them (the simulation's
 * poison message) sees it redelivered after ack_wait until max_deliver, when
 * the server gives up on it and says so in a MAX_DELIVERIES advisory. The
 * redeliveries and the number of messages given up must equal the
 * simulation's.
 */

requireNatsServer('Simulator agreement tests on NATS JetStream');

let server: NatsServer;
let connection: NatsConnection;
let nc: NatsClient;

beforeAll(async () => {
  server = await startNatsServer();
  connection = natsConnectionSchema.parse({ url: server.url, timeoutMs: 30_000 });
  nc = await connect({ servers: server.url });
}, 120_000);

afterAll(async () => {
  await nc?.close();
  await server?.stop();
}, 60_000);

const MAX_DELIVER = 3;

const DESIGN: TestDesignInput = {
  clusters: [{ id: 'n', name: 'NATS', broker: 'nats', version: '2.9' }],
  nodes: [
    { kind: 'nats-stream', id: 'AGREE', cluster: 'n', subjects: ['agree.>'], max_age: '1h', num_replicas: 1 },
    { kind: 'producer', id: 'ticker', publishRate: 2 },
    {
      kind: 'consumer-group',
      id: 'reader',
      processingMsP50: 1,
      processingMsP99: 2,
      retry: { maxRetries: 0, backoff: [] },
      nats: { ack_policy: 'explicit', ack_wait: '1s', max_deliver: MAX_DELIVER, max_ack_pending: 100 },
    },
  ],
  connections: [
    { from: 'ticker', to: 'AGREE', subject: 'agree.ticks' },
    { from: 'AGREE', to: 'reader' },
  ],
};

describe('the simulator agrees with NATS JetStream 2.9.10', () => {
  it('a message never acked is redelivered after ack_wait up to max_deliver, then given up: the same redeliveries and the same count given up', async () => {
    const design = makeDesign(DESIGN);
    const report = simulateFor(design, 'poison@reader');
    const station = stationOf(report, 'AGREE', 'reader');
    const simGivenUp = station.lostBy['max_deliver reached'] ?? 0;

    const applied = await applyNatsCluster(connection, design, { scope: { prefix: 'AGREE' } });
    expect(applied.result.failed).toBeUndefined();
    const js = nc.jetstream();
    const jc = JSONCodec<{ i: number; poison: boolean }>();
    for (let i = 0; i < report.published; i++) await js.publish('agree.ticks', jc.encode({ i, poison: i === 0 }));

    let givenUp = 0;
    const advisories = nc.subscribe('$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.AGREE.reader', { callback: () => givenUp++ });
    let poisonDeliveries = 0;
    let acked = 0;
    const consumer = await js.consumers.get('AGREE', 'reader');
    const messages = await consumer.consume({ max_messages: 50 });
    void (async () => {
      for await (const m of messages) {
        if (jc.decode(m.data).poison) poisonDeliveries++;
        else {
          acked++;
          m.ack();
        }
      }
    })();
    await settle(
      async () => givenUp,
      (n) => n >= 1,
      20_000,
    );
    await settle(
      async () => acked,
      (n) => n === report.published - 1,
    );
    // One ack_wait more: a delivery past max_deliver would show here.
    await new Promise((r) => setTimeout(r, 1_500));
    messages.stop();
    advisories.unsubscribe();

    expect({ redelivered: poisonDeliveries - 1, givenUp, acked }).toEqual({ redelivered: station.redelivered, givenUp: simGivenUp, acked: report.published - 1 });
    expect(station.redelivered).toBe(MAX_DELIVER - 1);
  }, 60_000);
});

const FILTERS: TestDesignInput = {
  clusters: [{ id: 'n', name: 'NATS', broker: 'nats', version: '2.9' }],
  nodes: [
    { kind: 'nats-stream', id: 'FILTERS', cluster: 'n', subjects: ['filters.>'], max_age: '1h', num_replicas: 1 },
    { kind: 'producer', id: 'eu-created', publishRate: 2 },
    { kind: 'producer', id: 'eu-shipped', publishRate: 1.5 },
    { kind: 'producer', id: 'us-created', publishRate: 1 },
    { kind: 'consumer-group', id: 'eu-reader', nats: { ack_policy: 'explicit', filter_subjects: ['filters.eu.*'] } },
    { kind: 'consumer-group', id: 'created-reader', nats: { ack_policy: 'explicit', filter_subjects: ['filters.*.created'] } },
    { kind: 'consumer-group', id: 'all-reader', nats: { ack_policy: 'explicit' } },
  ],
  connections: [
    { from: 'eu-created', to: 'FILTERS', subject: 'filters.eu.created' },
    { from: 'eu-shipped', to: 'FILTERS', subject: 'filters.eu.shipped' },
    { from: 'us-created', to: 'FILTERS', subject: 'filters.us.created' },
    { from: 'FILTERS', to: 'eu-reader' },
    { from: 'FILTERS', to: 'created-reader' },
    { from: 'FILTERS', to: 'all-reader' },
  ],
};

describe('the simulator agrees with NATS JetStream 2.9.10 on filter subjects', () => {
  it('each consumer gets the messages its filter subject matches: the same counts', async () => {
    const design = makeDesign(FILTERS);
    const applied = await applyNatsCluster(connection, design, { scope: { prefix: 'FILTERS' } });
    expect(applied.result.failed).toBeUndefined();
    const js = nc.jetstream();
    const readers = ['eu-reader', 'created-reader', 'all-reader'];
    const expected: Record<string, number> = Object.fromEntries(readers.map((r) => [r, 0]));
    for (const [i, producer] of design.nodes.filter((n) => n.kind === 'producer').entries()) {
      const report = simulateFor(withOnlyProducer(design, producer.id), 'steady', i + 1);
      for (const reader of readers) expected[reader] += stationOf(report, 'FILTERS', reader).arrived;
      const subject = design.connections.find((c) => c.from === producer.id)!.subject!;
      for (let m = 0; m < report.published; m++) await js.publish(subject, new TextEncoder().encode(`${producer.id} ${m}`));
    }
    const jsm = await nc.jetstreamManager();
    // Nothing has been fetched: what each durable consumer has pending is what its filter let through.
    const pending = Object.fromEntries(await Promise.all(readers.map(async (r) => [r, (await jsm.consumers.info('FILTERS', r)).num_pending] as const)));
    expect(pending).toEqual(expected);
    expect(expected['all-reader']).toBeGreaterThan(expected['eu-reader']);
  }, 60_000);
});
