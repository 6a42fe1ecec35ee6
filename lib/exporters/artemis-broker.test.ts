import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from 'rhea';
import { nodesOfKind, indexGraph } from '../design';
import { amqpClose, amqpConnect, amqpRead, amqpReadByConsumer, amqpSend } from '../testing/artemis-amqp';
import { requireArtemis, startArtemis, type ArtemisBroker } from '../testing/artemis-broker';
import { artemisFixtureDesign } from '../testing/artemis-fixture';
import { artemisBrokerXmlExporter } from './artemis-broker-xml';

/**
 * The broker.xml export on a real ActiveMQ Artemis 2.40 (scripts/artemis/fetch.sh): the broker starts
 * with the design's addresses and address settings, `artemis queue stat` lists exactly the design's
 * queues on their addresses and routing types, and the broker behaves as the design says: a multicast
 * address copies a message to every subscription queue (a filter keeps out what it does not match), a
 * message failed max-delivery-attempts times moves to the dead-letter address (and is dropped when that
 * address has no queue: what artemis/dead-letter-address-has-queue reports), message groups keep a
 * group on one consumer where round robin parts it and an exclusive queue feeds one consumer at a time
 * (what artemis/ordering-needs-groups-or-exclusive relies on), a last-value queue keeps the newest
 * message per key.
 */

requireArtemis('Artemis broker.xml tests');

const design = artemisFixtureDesign();
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

/** `artemis queue stat`'s table as `queue@address routing` rows, the broker's own queues left out. */
function queueRows(table: string): string[] {
  return table
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length === 12 && cells[10] === 'false')
    .map((cells) => `${cells[1]}@${cells[2]} ${cells[9]}`)
    .sort();
}

describe('Artemis broker.xml on a real broker', () => {
  it("holds exactly the design's queues, each on its address with the address's routing type", async () => {
    const graph = indexGraph(design);
    const expected = nodesOfKind(design, 'artemis-queue')
      .map((q) => {
        const bind = (graph.incoming.get(q.id) ?? []).find((c) => c.kind === 'bind');
        const address = bind ? nodesOfKind(design, 'artemis-address').find((a) => a.id === bind.from) : undefined;
        return `${q.name}@${address?.name ?? q.name} ${(address?.routingType ?? 'anycast').toUpperCase()}`;
      })
      .sort();
    expect(queueRows(await broker.cli(['queue', 'stat']))).toEqual(expected);
  }, 60_000);

  it('copies a message sent to the multicast address to every subscription queue; the filter keeps out what it does not match', async () => {
    await amqpSend(amqp, 'orders', ['order-1'], { region: 'EU' });
    await amqpSend(amqp, 'orders', ['order-2'], { region: 'US' });
    const billing = await amqpRead(amqp, 'orders', 'orders.billing', { outcome: 'accept', quietMs: 1500 });
    const shipping = await amqpRead(amqp, 'orders', 'orders.shipping', { outcome: 'accept', quietMs: 1500 });
    expect(billing.map((m) => m.body)).toEqual(['order-1', 'order-2']);
    expect(shipping.map((m) => m.body)).toEqual(['order-1']);
  }, 60_000);

  it('moves a message failed max-delivery-attempts (3) times to the dead-letter address, and delivers it no more', async () => {
    await amqpSend(amqp, 'orders', ['poison'], { region: 'US' });
    const attempts = await amqpRead(amqp, 'orders', 'orders.billing', { outcome: 'fail', quietMs: 3000 });
    expect(attempts.map((m) => m.body)).toEqual(['poison', 'poison', 'poison']);
    const dead = await amqpRead(amqp, 'orders.DLA', 'orders.DLQ', { outcome: 'accept', quietMs: 1500, max: 1 });
    expect(dead.map((m) => m.body)).toEqual(['poison']);
  }, 60_000);

  it('drops a message failed max-delivery-attempts times when its dead-letter address has no queue', async () => {
    await amqpSend(amqp, 'audit', ['lost']);
    const attempts = await amqpRead(amqp, 'audit', 'audit.log', { outcome: 'fail', quietMs: 3000 });
    expect(attempts.map((m) => m.body)).toEqual(['lost', 'lost']);
    const stat = await broker.cli(['queue', 'stat']);
    expect(queueRows(stat).filter((row) => row.includes('audit'))).toEqual(['audit.log@audit ANYCAST']);
    // Artemis says so in its log (AMQ222148), and nothing holds the message any more.
    expect(broker.log()).toMatch(/AMQ222148: Sending message .* to Dead Letter Address audit\.DLA, but it has no bindings so dropping it/);
  }, 60_000);

  it('sends every message of one group (JMSXGroupID) to one consumer, in order, where round robin would split it', async () => {
    // Two of a group in a row: round robin over two consumers would part them.
    const bodies = ['A1', 'A2', 'B1', 'B2', 'A3', 'A4', 'B3', 'B4'];
    const spread = await amqpReadByConsumer(amqp, 'orders', 'orders.billing', 2, 2000, () => amqpSend(amqp, 'orders', bodies, { region: 'US' }, (body) => body[0]));
    expect(spread.flat().sort()).toEqual([...bodies].sort());
    for (const got of spread) {
      for (const group of new Set(got.map((b) => b[0]))) expect(got.filter((b) => b[0] === group)).toEqual(bodies.filter((b) => b[0] === group));
    }
  }, 60_000);

  it('spreads the same messages without groups over both consumers, parting a group (what the ordering rule warns of)', async () => {
    const bodies = ['A1', 'A2', 'B1', 'B2', 'A3', 'A4', 'B3', 'B4'];
    const spread = await amqpReadByConsumer(amqp, 'orders', 'orders.billing', 2, 2000, () => amqpSend(amqp, 'orders', bodies, { region: 'US' }));
    expect(spread.flat().sort()).toEqual([...bodies].sort());
    expect(spread.every((got) => got.length > 0)).toBe(true);
    expect(spread.some((got) => got.includes('A1') !== got.includes('A2'))).toBe(true);
  }, 60_000);

  it('delivers an exclusive queue to one consumer at a time, the other standing by', async () => {
    const spread = await amqpReadByConsumer(amqp, 'jobs', 'jobs', 2, 2000, () => amqpSend(amqp, 'jobs', ['j1', 'j2', 'j3', 'j4']));
    expect(spread.map((got) => got.length).sort()).toEqual([0, 4]);
  }, 60_000);

  it('keeps only the newest message per last-value key in the last-value queue', async () => {
    await amqpSend(amqp, 'prices', ['ACME 10', 'ACME 11', 'ACME 12'], { symbol: 'ACME' });
    await amqpSend(amqp, 'prices', ['INIT 5'], { symbol: 'INIT' });
    const latest = await amqpRead(amqp, 'prices', 'prices.latest', { outcome: 'accept', quietMs: 1500 });
    expect(latest.map((m) => m.body).sort()).toEqual(['ACME 12', 'INIT 5']);
  }, 60_000);
});

describe("the exported broker.xml as a broker's whole configuration", () => {
  it('starts a broker that deploys every address and queue of the design', async () => {
    const result = artemisBrokerXmlExporter.export(design);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const whole = await startArtemis({ brokerXml: result.files[0].content, use: 'whole' });
    try {
      const log = whole.log();
      for (const address of nodesOfKind(design, 'artemis-address'))
        expect(log, address.name).toContain(`AMQ221080: Deploying address ${address.name} supporting [${address.routingType.toUpperCase()}]`);
      for (const queue of nodesOfKind(design, 'artemis-queue'))
        expect(log, queue.name).toMatch(new RegExp(`AMQ221003: Deploying (ANYCAST|MULTICAST) queue ${queue.name.replace(/\./g, '\\.')} on address`));
      expect(log).not.toMatch(/AMQ22\d{4}: .*(?:invalid|error)/i);
    } finally {
      await whole.stop();
    }
  }, 240_000);
});
