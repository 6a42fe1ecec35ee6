import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import amqp, { type ConfirmChannel, type ConsumeMessage } from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign, type TestDesignInput } from '../design/build-design';
import { rabbitmqDefinitionsExporter } from '../exporters/rabbitmq-definitions';
import { requireRabbitmq, startRabbitBroker, type RabbitBroker } from '../testing/rabbitmq-broker';
import { importDefinitionsFile, type Definitions } from '../testing/rabbitmq-definitions';
import { addCounts, arrivedByChannel, settle, simulateFor, stationOf, withOnlyProducer } from '../testing/sim-agreement';

/**
 * The simulator against a real RabbitMQ (Debian's 3.10.8): the design's
 * topology goes to the broker through the definitions.json exporter, the
 * broker gets the same messages the simulation published (count, routing key,
 * headers), and the counts per queue must be equal. Routing is lib/rabbitmq's
 * (the simulator reuses it); dead lettering and the quorum delivery limit are
 * the engine's own.
 */

requireRabbitmq('Simulator agreement tests on RabbitMQ');

let broker: RabbitBroker;
let tmp: string;
let vhostCount = 0;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'qw-sim-rabbit-'));
  broker = await startRabbitBroker({ management: true });
}, 120_000);

afterAll(async () => {
  await broker?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 60_000);

/** The design in a fresh vhost of its own (so tests never see each other's queues), applied to the broker. */
async function applied(input: TestDesignInput): Promise<{ design: Design; vhost: string }> {
  const vhost = `agree-${++vhostCount}`;
  const nodes = (input.nodes ?? []).map((n) => (n.kind.startsWith('rabbitmq-') ? { vhost, ...n } : n));
  const design = makeDesign({ ...input, nodes });
  const result = rabbitmqDefinitionsExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const defs = JSON.parse(result.files[0].content) as Definitions;
  await importDefinitionsFile(broker, tmp, { ...defs, permissions: [{ user: 'guest', vhost, configure: '.*', write: '.*', read: '.*' }] } as Definitions);
  return { design, vhost };
}

async function withChannel<T>(vhost: string, work: (channel: ConfirmChannel) => Promise<T>): Promise<T> {
  const connection = await amqp.connect(broker.amqpUrl(vhost));
  try {
    return await work(await connection.createConfirmChannel());
  } finally {
    await connection.close();
  }
}

async function queueCounts(vhost: string, names: readonly string[]): Promise<Record<string, number>> {
  return withChannel(vhost, async (channel) => Object.fromEntries(await Promise.all(names.map(async (n) => [n, (await channel.checkQueue(n)).messageCount] as const))));
}

const ROUTING: TestDesignInput = {
  nodes: [
    { kind: 'rabbitmq-exchange', id: 'orders', type: 'topic' },
    { kind: 'rabbitmq-exchange', id: 'regions', type: 'direct' },
    { kind: 'rabbitmq-exchange', id: 'audit', type: 'fanout' },
    { kind: 'rabbitmq-exchange', id: 'tagged', type: 'headers' },
    { kind: 'rabbitmq-queue', id: 'billing', type: 'classic' },
    { kind: 'rabbitmq-queue', id: 'shipping', type: 'classic' },
    { kind: 'rabbitmq-queue', id: 'everything', type: 'classic' },
    { kind: 'rabbitmq-queue', id: 'eu', type: 'classic' },
    { kind: 'rabbitmq-queue', id: 'audit-log', type: 'classic' },
    { kind: 'rabbitmq-queue', id: 'gold-eu', type: 'classic' },
    { kind: 'rabbitmq-queue', id: 'gold-or-eu', type: 'classic' },
    { kind: 'rabbitmq-exchange', id: 'unrouted', type: 'fanout' },
    { kind: 'rabbitmq-queue', id: 'unrouted-log', type: 'classic' },
    { kind: 'producer', id: 'apac-sale', publishRate: 1 },
    { kind: 'producer', id: 'created', publishRate: 2 },
    { kind: 'producer', id: 'cancelled', publishRate: 1.5 },
    { kind: 'producer', id: 'invoice', publishRate: 1 },
    { kind: 'producer', id: 'eu-sale', publishRate: 1 },
    { kind: 'producer', id: 'us-sale', publishRate: 1 },
    { kind: 'producer', id: 'gold-eu-event', publishRate: 1 },
    { kind: 'producer', id: 'gold-us-event', publishRate: 1 },
    { kind: 'producer', id: 'silver-us-event', publishRate: 1 },
  ],
  connections: [
    { from: 'orders', to: 'billing', routingKey: 'order.*' },
    { from: 'orders', to: 'shipping', routingKey: 'order.created' },
    { from: 'orders', to: 'everything', routingKey: '#' },
    { from: 'regions', to: 'eu', routingKey: 'eu' },
    // Exchange to exchange: everything the direct exchange routes is also copied to the fanout audit exchange.
    { from: 'regions', to: 'audit', routingKey: 'eu' },
    { from: 'regions', to: 'audit', routingKey: 'us', id: 'regions--audit-us' },
    { from: 'audit', to: 'audit-log' },
    // The direct exchange's alternate exchange takes what none of its bindings match (apac).
    { from: 'regions', to: 'unrouted', kind: 'alternate' },
    { from: 'unrouted', to: 'unrouted-log' },
    { from: 'apac-sale', to: 'regions', routingKey: 'apac' },
    { from: 'tagged', to: 'gold-eu', arguments: { 'x-match': 'all', tier: 'gold', region: 'eu' } },
    { from: 'tagged', to: 'gold-or-eu', arguments: { 'x-match': 'any', tier: 'gold', region: 'eu' } },
    { from: 'created', to: 'orders', routingKey: 'order.created' },
    { from: 'cancelled', to: 'orders', routingKey: 'order.cancelled' },
    { from: 'invoice', to: 'orders', routingKey: 'invoice.paid' },
    { from: 'eu-sale', to: 'regions', routingKey: 'eu' },
    { from: 'us-sale', to: 'regions', routingKey: 'us' },
    { from: 'gold-eu-event', to: 'tagged', arguments: { tier: 'gold', region: 'eu' } },
    { from: 'gold-us-event', to: 'tagged', arguments: { tier: 'gold', region: 'us' } },
    { from: 'silver-us-event', to: 'tagged', arguments: { tier: 'silver', region: 'us' } },
  ],
};
const ROUTED_QUEUES = ['billing', 'shipping', 'everything', 'eu', 'audit-log', 'gold-eu', 'gold-or-eu', 'unrouted-log'];

describe('the simulator agrees with RabbitMQ 3.10.8', () => {
  it('routes through topic, direct, fanout (exchange to exchange), headers and alternate exchanges to the same per-queue counts', async () => {
    const { design, vhost } = await applied(ROUTING);
    const expected: Record<string, number> = {};
    const published: Record<string, number> = {};
    await withChannel(vhost, async (channel) => {
      for (const [i, producer] of design.nodes.filter((n) => n.kind === 'producer').entries()) {
        // A seed per producer, so that no two send the same count by chance.
        const report = simulateFor(withOnlyProducer(design, producer.id), 'steady', i + 1);
        const publish = design.connections.find((c) => c.from === producer.id)!;
        published[producer.id] = report.published;
        addCounts(expected, arrivedByChannel(report, ROUTED_QUEUES));
        for (let i = 0; i < report.published; i++) {
          channel.publish(publish.to, publish.routingKey ?? '', Buffer.from(`${producer.id} ${i}`), { headers: publish.arguments ?? {} });
        }
      }
      await channel.waitForConfirms();
    });
    // Every producer published something, and the set covers a queue no key reaches (us-sale reaches only audit-log).
    expect(
      Object.values(published).every((n) => n > 10),
      JSON.stringify(published),
    ).toBe(true);
    const actual = await settle(
      () => queueCounts(vhost, ROUTED_QUEUES),
      (c) => JSON.stringify(c) === JSON.stringify(expected),
    );
    expect(actual).toEqual(expected);
    expect(expected.everything).toBe(published.created + published.cancelled + published.invoice);
    expect(expected['unrouted-log']).toBe(published['apac-sale']);
  }, 60_000);
});

const DEAD_LETTERING: TestDesignInput = {
  nodes: [
    { kind: 'rabbitmq-exchange', id: 'work', type: 'direct' },
    { kind: 'rabbitmq-exchange', id: 'jobs.dlx', type: 'fanout' },
    { kind: 'rabbitmq-exchange', id: 'tasks.dlx', type: 'topic' },
    { kind: 'rabbitmq-queue', id: 'jobs', type: 'quorum', arguments: { 'x-delivery-limit': 2 } },
    { kind: 'rabbitmq-queue', id: 'jobs.dead', type: 'classic', role: 'dead-letter' },
    { kind: 'rabbitmq-queue', id: 'tasks', type: 'classic' },
    { kind: 'rabbitmq-queue', id: 'tasks.dead', type: 'classic', role: 'dead-letter' },
    { kind: 'producer', id: 'scheduler', publishRate: 2 },
    { kind: 'consumer-group', id: 'worker', processingMsP50: 1, processingMsP99: 2, retry: { maxRetries: 0, backoff: [] }, rabbitmq: { requeueOnError: true } },
    { kind: 'consumer-group', id: 'rejecter', processingMsP50: 1, processingMsP99: 2, retry: { maxRetries: 0, backoff: [] }, rabbitmq: { requeueOnError: false } },
  ],
  connections: [
    { from: 'scheduler', to: 'work', routingKey: 'job' },
    { from: 'work', to: 'jobs', routingKey: 'job' },
    { from: 'work', to: 'tasks', routingKey: 'job' },
    { from: 'jobs', to: 'worker' },
    { from: 'tasks', to: 'rejecter' },
    { from: 'jobs', to: 'jobs.dlx', kind: 'dead-letter' },
    // x-dead-letter-routing-key: the dead letter leaves with this key instead of "job", and only "dead.#" catches it.
    { from: 'tasks', to: 'tasks.dlx', kind: 'dead-letter', routingKey: 'dead.task' },
    { from: 'jobs.dlx', to: 'jobs.dead' },
    { from: 'tasks.dlx', to: 'tasks.dead', routingKey: 'dead.#' },
  ],
};

/**
 * Publishes `count` messages with `routingKey` to `exchange`; one consumer on `queue` nacks every
 * delivery of the first message (requeue as given) and acks the rest, until `deadQueue` holds
 * `deadCount`. Returns how often the poison was delivered and what the dead-letter queue holds.
 */
async function rejectFirst(vhost: string, exchange: string, routingKey: string, count: number, queue: string, requeue: boolean, deadQueue: string) {
  const connection = await amqp.connect(broker.amqpUrl(vhost));
  try {
    const channel = await connection.createConfirmChannel();
    for (let i = 0; i < count; i++) channel.publish(exchange, routingKey, Buffer.from(String(i)), { headers: { poison: i === 0 } });
    await channel.waitForConfirms();
    let poisonDeliveries = 0;
    let acked = 0;
    await channel.prefetch(10);
    await channel.consume(queue, (msg: ConsumeMessage | null) => {
      if (!msg) return;
      if (msg.properties.headers?.poison === true) {
        poisonDeliveries++;
        channel.nack(msg, false, requeue);
      } else {
        acked++;
        channel.ack(msg);
      }
    });
    await settle(
      async () => (await channel.checkQueue(deadQueue)).messageCount,
      (n) => n >= 1,
    );
    await settle(
      async () => acked,
      (n) => n === count - 1,
    );
    // Give a wrong extra redelivery or dead letter the time to show before counting.
    await new Promise((r) => setTimeout(r, 500));
    return { poisonDeliveries, acked, dead: (await channel.checkQueue(deadQueue)).messageCount };
  } finally {
    await connection.close();
  }
}

describe('the simulator agrees with RabbitMQ 3.10.8 on dead lettering', () => {
  it('a quorum queue with x-delivery-limit: a message requeued on every failure is dead-lettered after the same number of deliveries', async () => {
    const { design, vhost } = await applied(DEAD_LETTERING);
    const report = simulateFor(withOnlyProducer(design, 'scheduler'), 'poison@worker');
    const jobs = stationOf(report, 'jobs', 'worker');
    const broker = await rejectFirst(vhost, 'work', 'job', report.published, 'jobs', true, 'jobs.dead');
    expect({ deadLettered: broker.dead, redelivered: broker.poisonDeliveries - 1 }).toEqual({ deadLettered: jobs.deadLettered, redelivered: jobs.redelivered });
    expect(stationOf(report, 'jobs.dead').arrived).toBe(broker.dead);
  }, 60_000);

  it('a classic queue whose consumer rejects without requeue dead-letters at once, with the x-dead-letter-routing-key', async () => {
    const { design, vhost } = await applied(DEAD_LETTERING);
    const report = simulateFor(withOnlyProducer(design, 'scheduler'), 'poison@rejecter');
    const tasks = stationOf(report, 'tasks', 'rejecter');
    const broker = await rejectFirst(vhost, 'work', 'job', report.published, 'tasks', false, 'tasks.dead');
    expect({ deadLettered: broker.dead, redelivered: broker.poisonDeliveries - 1 }).toEqual({ deadLettered: tasks.deadLettered, redelivered: tasks.redelivered });
    expect(stationOf(report, 'tasks.dead').arrived).toBe(broker.dead);
  }, 60_000);
});

const LIMITS: TestDesignInput = {
  nodes: [
    { kind: 'rabbitmq-exchange', id: 'limits', type: 'fanout' },
    { kind: 'rabbitmq-exchange', id: 'limits.dlx', type: 'direct' },
    { kind: 'rabbitmq-queue', id: 'newest', type: 'classic', arguments: { 'x-max-length': 5 } },
    { kind: 'rabbitmq-queue', id: 'oldest', type: 'classic', arguments: { 'x-max-length': 5, 'x-overflow': 'reject-publish-dlx' } },
    { kind: 'rabbitmq-queue', id: 'newest.dead', type: 'classic', role: 'dead-letter' },
    { kind: 'rabbitmq-queue', id: 'oldest.dead', type: 'classic', role: 'dead-letter' },
    { kind: 'producer', id: 'flood', publishRate: 2 },
  ],
  connections: [
    { from: 'flood', to: 'limits' },
    { from: 'limits', to: 'newest' },
    { from: 'limits', to: 'oldest' },
    { from: 'newest', to: 'limits.dlx', kind: 'dead-letter', routingKey: 'newest' },
    { from: 'oldest', to: 'limits.dlx', kind: 'dead-letter', routingKey: 'oldest' },
    { from: 'limits.dlx', to: 'newest.dead', routingKey: 'newest' },
    { from: 'limits.dlx', to: 'oldest.dead', routingKey: 'oldest' },
  ],
};

describe('the simulator agrees with RabbitMQ 3.10.8 on queue length limits', () => {
  it('x-max-length with drop-head dead-letters the oldest (the queue keeps the newest) and reject-publish-dlx the newest: the same counts kept and dead-lettered', async () => {
    const { design, vhost } = await applied(LIMITS);
    const report = simulateFor(design);
    // reject-publish-dlx refuses the publish (a nack to the publisher) as well as dead-lettering it: count the nacks.
    const nacked = await withChannel(vhost, async (channel) => {
      const confirms: Array<Promise<boolean>> = [];
      for (let i = 0; i < report.published; i++)
        confirms.push(new Promise((resolve) => channel.publish('limits', '', Buffer.from(String(i)), {}, (error) => resolve(error !== null && error !== undefined))));
      return (await Promise.all(confirms)).filter(Boolean).length;
    });
    const names = ['newest', 'oldest', 'newest.dead', 'oldest.dead'];
    const expected = { ...arrivedByChannel(report, ['newest.dead', 'oldest.dead']), newest: stationOf(report, 'newest').endDepth, oldest: stationOf(report, 'oldest').endDepth };
    const actual = await settle(
      () => queueCounts(vhost, names),
      (c) => names.every((n) => c[n] === expected[n as keyof typeof expected]),
    );
    expect(actual).toEqual(expected);
    expect(expected.newest).toBe(5);
    expect(stationOf(report, 'newest').deadLettered).toBe(report.published - 5);
    expect(nacked).toBe(stationOf(report, 'oldest').deadLettered);
  }, 60_000);
});
