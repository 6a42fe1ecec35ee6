import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import amqp, { type ChannelModel, type GetMessage } from 'amqplib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexGraph, updateNode, type Design } from '../design';
import { deadLetterConfig, deadLetterRoutingKeys, routeMessage, type Headers } from '../rabbitmq/routing';
import { arbRabbitDesign, arbRoutingKey } from '../testing/arbitrary-design';
import { requireRabbitmq, startRabbitBroker, type RabbitBroker } from '../testing/rabbitmq-broker';
import { expectBrokerToHold, importDefinitionsFile, type Definitions } from '../testing/rabbitmq-definitions';
import { rabbitmqDefinitionsExporter } from './rabbitmq-definitions';
import { rabbitmqadminExporter } from './rabbitmqadmin';
import { loadFixture } from '../testing/exports/fixtures';

/**
 * The RabbitMQ exports against a real broker (Debian's rabbitmq-server
 * 3.10.8, started here on 127.0.0.1): definitions.json is imported with
 * `rabbitmqctl import_definitions`, read back with `export_definitions`, and
 * then messages are published with amqplib and collected from every queue.
 * Where each one lands must be exactly where `routeMessage`
 * (lib/rabbitmq/routing.ts) predicts: direct, fanout, topic with `*` and `#`,
 * headers, exchange-to-exchange, alternate exchange, and dead-lettering by
 * TTL and by rejection. The rabbitmqadmin script is run against the same
 * broker and must declare the same topology.
 */

const execFileAsync = promisify(execFile);
requireRabbitmq('RabbitMQ export tests against a real broker');

let broker: RabbitBroker;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'qw-rabbit-defs-'));
  broker = await startRabbitBroker({ management: true });
}, 90_000);

afterAll(async () => {
  await broker?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 60_000);

function exportDefinitions(design: Design): Definitions {
  const result = rabbitmqDefinitionsExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.files).toHaveLength(1);
  return JSON.parse(result.files[0].content) as Definitions;
}

/** Imports with `rabbitmqctl import_definitions`, granting guest access to the design's vhosts so the test can publish. */
async function importDefinitions(defs: Definitions): Promise<void> {
  const withAccess = { ...defs, permissions: defs.vhosts.map((v) => ({ user: 'guest', vhost: v.name, configure: '.*', write: '.*', read: '.*' })) };
  await importDefinitionsFile(broker, tmp, withAccess);
  await expectBrokerToHold(broker, defs);
}

// ---------------------------------------------------------------------------
// Publishing and collecting.

interface Publish {
  exchangeId: string;
  routingKey: string;
  headers?: Headers;
}

/** Where one copy of a message sits, and the routing keys it carries (dead-lettering may replace them). */
interface Copy {
  queue: string;
  keys: string[];
}

/** Where the dead-letter exchange of `copy.queue` sends it. */
function deadLetterHop(design: Design, copy: Copy, headers: Headers | undefined): Copy[] {
  const config = deadLetterConfig(design, copy.queue);
  if (!config || config.exchangeId === undefined) return [];
  const keys = deadLetterRoutingKeys(config, copy.keys);
  return [...routeMessage(design, config.exchangeId, keys, headers)].map((queue) => ({ queue, keys }));
}

/** Copies in queues whose TTL runs out during the test move on through their dead-letter exchange (several hops if need be). */
function afterExpiry(design: Design, copies: Copy[], expiring: Set<string>, headers: Headers | undefined): Copy[] {
  let current = copies;
  for (let hop = 0; hop < 10 && current.some((c) => expiring.has(c.queue)); hop++) {
    current = current.flatMap((c) => (expiring.has(c.queue) ? deadLetterHop(design, c, headers) : [c]));
  }
  return current;
}

type Placement = Record<string, string[]>;

function placementOf(entries: Array<[queueId: string, messageId: string]>, queueIds: string[]): Placement {
  const out: Placement = Object.fromEntries(queueIds.map((q) => [q, [] as string[]]));
  for (const [queue, id] of entries) out[queue].push(id);
  for (const q of queueIds) out[q].sort();
  return out;
}

/**
 * Waits until every classic and quorum queue holds as many ready messages as
 * `expected` says (streams keep everything, so they are not counted), or 10 s
 * pass; the comparison that follows reports any difference.
 */
async function waitForCounts(connection: ChannelModel, queues: Design['nodes'], expected: Placement): Promise<void> {
  const channel = await connection.createChannel();
  try {
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      let settled = true;
      for (const queue of queues) {
        if (queue.kind !== 'rabbitmq-queue' || queue.type === 'stream') continue;
        const { messageCount } = await channel.checkQueue(queue.name);
        if (messageCount !== expected[queue.id].length) settled = false;
      }
      if (settled) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await channel.close();
  }
}

interface Scenario {
  design: Design;
  vhost: string;
  publishes: Publish[];
  /** Queues whose messages expire (by TTL) before they are collected. */
  expiring?: Set<string>;
  /** Queues whose messages are rejected (nack, no requeue) after the first collection. */
  rejecting: Set<string>;
  /** The shortest time to wait before collecting (TTLs to run out); then it waits for the expected counts. */
  settleMs?: number;
}

interface Outcome {
  expectedFirst: Placement;
  actualFirst: Placement;
  expectedSecond: Placement;
  actualSecond: Placement;
}

/**
 * Publishes each message (id = its index) with a confirm channel, waits,
 * collects every queue with basic.get (streams: a consumer from the first
 * offset) without acking, rejects the messages of the `rejecting` queues and
 * acks the rest, then collects again what the rejections dead-lettered.
 */
async function runScenario(scenario: Scenario): Promise<Outcome> {
  const { design, vhost, publishes } = scenario;
  const graph = indexGraph(design);
  const queues = design.nodes.filter((n) => n.kind === 'rabbitmq-queue' && n.vhost === vhost);
  const queueIds = queues.map((q) => q.id);
  const expiring = scenario.expiring ?? new Set<string>();
  const nameOf = (id: string) => graph.nodeById.get(id)!.name;

  // Predictions from the design alone.
  const first: Array<[string, string]> = [];
  const second: Array<[string, string]> = [];
  publishes.forEach((p, i) => {
    const copies = afterExpiry(
      design,
      [...routeMessage(design, p.exchangeId, p.routingKey, p.headers)].map((queue) => ({ queue, keys: [p.routingKey] })),
      expiring,
      p.headers,
    );
    for (const copy of copies) {
      first.push([copy.queue, String(i)]);
      if (scenario.rejecting.has(copy.queue)) {
        for (const next of afterExpiry(design, deadLetterHop(design, copy, p.headers), expiring, p.headers)) second.push([next.queue, String(i)]);
      }
    }
  });

  const connection: ChannelModel = await amqp.connect(broker.amqpUrl(vhost));
  try {
    const publisher = await connection.createConfirmChannel();
    publishes.forEach((p, i) => {
      publisher.publish(nameOf(p.exchangeId), p.routingKey, Buffer.from(String(i)), { messageId: String(i), headers: p.headers, persistent: true });
    });
    await publisher.waitForConfirms();
    const expectedFirst = placementOf(first, queueIds);
    const expectedSecond = placementOf(second, queueIds);
    // Let TTLs run out and dead letters arrive: wait (bounded) until the queues hold what is expected.
    await new Promise((r) => setTimeout(r, scenario.settleMs ?? 100));
    await waitForCounts(connection, queues, expectedFirst);

    const collect = async (round: number) => {
      const got: Array<[string, string]> = [];
      const held: Array<{ queue: string; message: GetMessage }> = [];
      const channel = await connection.createChannel();
      for (const queue of queues) {
        if (queue.kind !== 'rabbitmq-queue') continue;
        if (queue.type === 'stream') {
          if (round > 1) continue; // a stream keeps its messages: read it once, from the start
          const streamChannel = await connection.createChannel();
          await streamChannel.prefetch(1000);
          const ids: string[] = [];
          const { consumerTag } = await streamChannel.consume(
            queue.name,
            (m) => {
              if (!m) return;
              ids.push(m.properties.messageId as string);
              streamChannel.ack(m);
            },
            { noAck: false, arguments: { 'x-stream-offset': 'first' } },
          );
          await new Promise((r) => setTimeout(r, 500));
          await streamChannel.cancel(consumerTag);
          await streamChannel.close();
          for (const id of ids) got.push([queue.id, id]);
          continue;
        }
        for (;;) {
          const message = await channel.get(queue.name, { noAck: false });
          if (!message) break;
          got.push([queue.id, message.properties.messageId as string]);
          held.push({ queue: queue.id, message });
        }
      }
      // Settle only once everything is collected, so dead letters cannot mix into this round.
      for (const { queue, message } of held) {
        if (round === 1 && scenario.rejecting.has(queue)) channel.nack(message, false, false);
        else channel.ack(message);
      }
      await channel.close();
      return got;
    };
    const actualFirst = await collect(1);
    await waitForCounts(connection, queues, expectedSecond);
    const actualSecond = await collect(2);
    const streams = new Set(queues.filter((q) => q.kind === 'rabbitmq-queue' && q.type === 'stream').map((q) => q.id));
    return {
      expectedFirst,
      actualFirst: placementOf(actualFirst, queueIds),
      expectedSecond: placementOf(
        second.filter(([q]) => !streams.has(q)),
        queueIds.filter((q) => !streams.has(q)),
      ),
      actualSecond: placementOf(
        actualSecond,
        queueIds.filter((q) => !streams.has(q)),
      ),
    };
  } finally {
    await connection.close();
  }
}

function expectOutcome(outcome: Outcome): void {
  expect(outcome.actualFirst, 'where messages landed').toEqual(outcome.expectedFirst);
  expect(outcome.actualSecond, 'where rejected messages were dead-lettered').toEqual(outcome.expectedSecond);
}

// ---------------------------------------------------------------------------

describe('RabbitMQ definitions.json on RabbitMQ 3.10.8', () => {
  it('imports the topic-routing fixture, and messages land where routeMessage predicts', async () => {
    const design = loadFixture('rabbitmq-topic-routing');
    await importDefinitions(exportDefinitions(design));
    const topic = (routingKey: string): Publish => ({ exchangeId: 'shop-events', routingKey });
    const publishes: Publish[] = [
      topic('order.created.eu'), // order.*.eu, order.#, *.created.#, #.eu
      topic('order.shipped.us'), // order.# and *.shipped.* into the fanout
      topic('order.eu'), // order.# and #.eu, not order.*.eu
      topic('order.refund.eu'),
      topic('a.created'), // *.created.# with # matching nothing
      topic('invoice.sent'), // nothing matches: the alternate exchange
      topic(''),
      { exchangeId: 'shop-reports', routingKey: '', headers: { format: 'pdf', type: 'report' } }, // x-match all
      { exchangeId: 'shop-reports', routingKey: '', headers: { format: 'pdf' } }, // all: type missing
      { exchangeId: 'shop-reports', routingKey: '', headers: { format: 'csv' } }, // x-match any
      { exchangeId: 'shop-reports', routingKey: 'ignored', headers: { priority: 1 } }, // any, on a number
      { exchangeId: 'shop-delay', routingKey: 'delay' }, // TTL 300 ms, then dead-lettered with key "expired"
      { exchangeId: 'shop-delay', routingKey: 'other' }, // unroutable, no alternate exchange: dropped
    ];
    const outcome = await runScenario({ design, vhost: 'shop', publishes, expiring: new Set(['orders-delay']), rejecting: new Set(['orders-eu']), settleMs: 400 });
    expectOutcome(outcome);
    // The prediction is not vacuous: every routing feature put something somewhere.
    expect(outcome.actualFirst.unrouted).toEqual(['5', '6']);
    expect(outcome.actualFirst['notify-sms-eu-paren']).toEqual(['1']);
    expect(outcome.actualFirst['reports-pdf']).toEqual(['7']);
    expect(outcome.actualFirst['reports-any']).toEqual(['10', '9']);
    expect(outcome.actualFirst['dlq-expired']).toEqual(['11']);
    expect(outcome.actualFirst['events-stream']).toEqual(['0', '2', '3']);
    expect(outcome.actualSecond['dlq-orders']).toEqual(['0', '3']);
  }, 60_000);

  it('imports the work-queue fixture: retry by TTL back to the work queue, rejection to the DLQ', async () => {
    // The retry queue waits 10 s in the fixture; 300 ms keeps the test short.
    const design = updateNode(loadFixture('rabbitmq-work-queue'), 'work-retry-10s', { arguments: { 'x-message-ttl': 300 } });
    await importDefinitions(exportDefinitions(design));
    const outcome = await runScenario({
      design,
      vhost: '/',
      publishes: [
        { exchangeId: 'work', routingKey: 'task' },
        { exchangeId: 'work-retry', routingKey: 'retry.10s' },
        { exchangeId: 'work', routingKey: 'nothing' },
      ],
      expiring: new Set(['work-retry-10s']),
      rejecting: new Set(['work-tasks']),
      settleMs: 400,
    });
    expectOutcome(outcome);
    expect(outcome.actualFirst['work-tasks']).toEqual(['0', '1']);
    expect(outcome.actualSecond['work-tasks-dlq']).toEqual(['0', '1']);
  }, 60_000);

  it('imports generated designs, and random messages land where routeMessage predicts (fast-check)', async () => {
    let run = 0;
    const publish = fc.record({ exchange: fc.nat(), key: arbRoutingKey, colour: fc.option(fc.constantFrom('red', 'blue', 1, true), { nil: undefined }) });
    await fc.assert(
      fc.asyncProperty(arbRabbitDesign({ vhost: 'placeholder', version: '3.10' }), fc.array(publish, { minLength: 1, maxLength: 8 }), async (generated, messages) => {
        const vhost = `gen-${++run}`;
        const design: Design = { ...generated, nodes: generated.nodes.map((n) => ('vhost' in n ? { ...n, vhost } : n)) };
        await importDefinitions(exportDefinitions(design));
        const exchanges = design.nodes.filter((n) => n.kind === 'rabbitmq-exchange');
        const publishes = messages.map((m) => ({
          exchangeId: exchanges[m.exchange % exchanges.length].id,
          routingKey: m.key,
          headers: m.colour === undefined ? undefined : { colour: m.colour },
        }));
        const rejecting = new Set(design.connections.filter((c) => c.kind === 'dead-letter').map((c) => c.from));
        expectOutcome(await runScenario({ design, vhost, publishes, rejecting }));
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});

describe('rabbitmqadmin script on RabbitMQ 3.10.8', () => {
  /** Runs the exported script with Debian's rabbitmqadmin against the test broker's management API. */
  async function runScript(design: Design): Promise<void> {
    const result = rabbitmqadminExporter.export(design);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const file = path.join(tmp, `declare-${Date.now()}.sh`);
    writeFileSync(file, result.files[0].content);
    await execFileAsync('bash', [file, '--host=127.0.0.1', `--port=${broker.managementPort}`, '--username=guest', '--password=guest'], {
      env: { PATH: process.env.PATH, LANG: 'C.UTF-8', HOME: tmp, RABBITMQADMIN: '/usr/bin/rabbitmqadmin' } as unknown as NodeJS.ProcessEnv,
      timeout: 60_000,
    });
  }

  it('declares exactly what definitions.json declares, awkward names included', async () => {
    const design = loadFixture('rabbitmq-topic-routing');
    const renamed: Design = { ...design, nodes: design.nodes.map((n) => ('vhost' in n ? { ...n, vhost: "admin 'shop' $HOME" } : n)) };
    await runScript(renamed);
    await expectBrokerToHold(broker, exportDefinitions(renamed));
  }, 60_000);

  it('generated designs (fast-check)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(arbRabbitDesign({ vhost: 'placeholder', version: '3.10' }), async (generated) => {
        const vhost = `admin-gen-${++run}`;
        const design: Design = { ...generated, nodes: generated.nodes.map((n) => ('vhost' in n ? { ...n, vhost } : n)) };
        await runScript(design);
        await expectBrokerToHold(broker, exportDefinitions(design));
      }),
      { numRuns: 4 },
    );
  }, 120_000);
});
