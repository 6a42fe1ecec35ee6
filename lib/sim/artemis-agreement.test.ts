import type { Connection } from 'rhea';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { artemisBrokerXmlExporter } from '../exporters/artemis-broker-xml';
import { amqpClose, amqpConnect, amqpRead, amqpSend } from '../testing/artemis-amqp';
import { requireArtemis, startArtemis, type ArtemisBroker } from '../testing/artemis-broker';
import { arrivedByChannel, settle, simulateFor, stationOf, withOnlyProducer } from '../testing/sim-agreement';

/**
 * The simulator against a real ActiveMQ Artemis 2.40: the design goes to the
 * broker through the broker.xml exporter, the broker gets the messages the
 * simulation published (AMQP 1.0, rhea), and the counts must be equal: what
 * each queue of a multicast or anycast address received, and for a message
 * every delivery of which fails, its deliveries (max-delivery-attempts) and
 * what its dead-letter address's queue gets.
 */

requireArtemis('Simulator agreement tests on Artemis');

const design = makeDesign({
  clusters: [{ id: 'artemis', name: 'agreement', broker: 'artemis' }],
  nodes: [
    { kind: 'producer', id: 'order-api', publishRate: 5, keyStrategy: 'none' },
    { kind: 'producer', id: 'job-api', publishRate: 3, keyStrategy: 'none' },
    { kind: 'artemis-address', id: 'orders', cluster: 'artemis', routingType: 'multicast', settings: { 'max-delivery-attempts': 3, 'redelivery-delay': 50 } },
    { kind: 'artemis-queue', id: 'orders.billing', cluster: 'artemis' },
    { kind: 'artemis-queue', id: 'orders.shipping', cluster: 'artemis' },
    { kind: 'artemis-queue', id: 'orders.audit', cluster: 'artemis' },
    { kind: 'artemis-address', id: 'orders.DLA', cluster: 'artemis', routingType: 'anycast', settings: {} },
    { kind: 'artemis-queue', id: 'orders.DLQ', cluster: 'artemis', role: 'dead-letter' },
    { kind: 'artemis-address', id: 'jobs', cluster: 'artemis', routingType: 'anycast', settings: {} },
    { kind: 'artemis-queue', id: 'jobs.work', cluster: 'artemis' },
    { kind: 'consumer-group', id: 'biller', processingMsP50: 5, processingMsP99: 20 },
  ],
  connections: [
    { from: 'order-api', to: 'orders' },
    { from: 'job-api', to: 'jobs' },
    { from: 'orders', to: 'orders.billing' },
    { from: 'orders', to: 'orders.shipping' },
    { from: 'orders', to: 'orders.audit' },
    { from: 'orders', to: 'orders.DLA', kind: 'dead-letter' },
    { from: 'orders.DLA', to: 'orders.DLQ' },
    { from: 'jobs', to: 'jobs.work' },
    { from: 'orders.billing', to: 'biller' },
  ],
});
const UNREAD = ['orders.shipping', 'orders.audit', 'jobs.work'];

let broker: ArtemisBroker;
let amqp: Connection;

beforeAll(async () => {
  const result = artemisBrokerXmlExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  broker = await startArtemis({ brokerXml: result.files[0].content });
  amqp = await amqpConnect(broker);
}, 240_000);

afterAll(async () => {
  if (amqp) await amqpClose(amqp);
  await broker?.stop();
}, 60_000);

/** MESSAGES_ADDED per queue, from `artemis queue stat` (the broker's count of what each queue received). */
async function addedPerQueue(names: readonly string[]): Promise<Record<string, number>> {
  const rows = (await broker.cli(['queue', 'stat']))
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length === 12);
  return Object.fromEntries(names.map((n) => [n, Number(rows.find((cells) => cells[1] === n)?.[5] ?? 0)]));
}

describe('the simulator agrees with ActiveMQ Artemis 2.40', () => {
  it('multicast copies each message to every queue of the address, anycast to its queue: the same count per queue', async () => {
    const expected: Record<string, number> = {};
    for (const [seed, producer] of [
      [1, 'order-api'],
      [2, 'job-api'],
    ] as const) {
      const report = simulateFor(withOnlyProducer(design, producer), 'steady', seed);
      for (const [queue, n] of Object.entries(arrivedByChannel(report, UNREAD))) expected[queue] = (expected[queue] ?? 0) + n;
      const address = design.connections.find((c) => c.from === producer)!.to;
      await amqpSend(
        amqp,
        address,
        Array.from({ length: report.published }, (_, i) => `${producer} ${i}`),
      );
    }
    expect(expected['orders.shipping']).toBeGreaterThan(50);
    expect(expected['jobs.work']).toBeGreaterThan(30);
    const actual = await settle(
      () => addedPerQueue(UNREAD),
      (c) => JSON.stringify(c) === JSON.stringify(expected),
    );
    expect(actual).toEqual(expected);
  }, 120_000);

  it('a message every delivery of which fails is delivered max-delivery-attempts times, then the dead-letter address has it', async () => {
    const report = simulateFor(withOnlyProducer(design, 'order-api'), 'poison@biller', 3);
    const billing = stationOf(report, 'orders.billing');
    const simulatedDeliveries = billing.redelivered + 1;
    const simulatedDead = stationOf(report, 'orders.DLQ').arrived;
    expect(billing.deadLettered).toBe(1);

    const dlqBefore = (await addedPerQueue(['orders.DLQ']))['orders.DLQ'];
    await amqpRead(amqp, 'orders', 'orders.billing', { outcome: 'accept', quietMs: 500 }); // the first test's messages
    await amqpSend(amqp, 'orders', ['poison']);
    const attempts = await amqpRead(amqp, 'orders', 'orders.billing', { outcome: 'fail', quietMs: 2000 });
    expect(attempts.map((m) => m.body).filter((b) => b === 'poison')).toHaveLength(simulatedDeliveries);
    const dead = await settle(
      async () => (await addedPerQueue(['orders.DLQ']))['orders.DLQ'] - dlqBefore,
      (n) => n === simulatedDead,
    );
    expect(dead).toBe(simulatedDead);
  }, 120_000);
});
