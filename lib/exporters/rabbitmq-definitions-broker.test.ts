import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import amqp from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { rabbitmqDefinitionsImporter } from '../importers/rabbitmq-definitions';
import { requireRabbitmq, startRabbitBroker, type RabbitBroker } from '../testing/rabbitmq-broker';
import { brokerDefinitions, expectBrokerToHold, importDefinitionsFile, management, withDefaultUser, type Definitions } from '../testing/rabbitmq-definitions';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { rabbitmqDefinitionsExporter } from './rabbitmq-definitions';

/**
 * What definitions.json must get right about the broker around the design,
 * proved on a real RabbitMQ (Debian's 3.10.8, with the management and
 * federation plugins): the built-in `amq.*` exchanges are used, never
 * declared; a vhost the file creates can be used by the user the design
 * names (or the file says no one can, as the broker then shows); policies
 * keep their patterns, so queues created later get them; federation policy
 * keys are written; and RabbitMQ's own per-vhost export imports.
 */

requireRabbitmq('definitions.json tests against a real broker');
requireSharedDir('definitions.json tests against a real broker');

let broker: RabbitBroker;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'qw-rabbit-access-'));
  broker = await startRabbitBroker({ management: true, plugins: ['rabbitmq_federation'] });
}, 90_000);

afterAll(async () => {
  await broker?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 60_000);

function imported(defs: unknown, fileName = 'definitions.json', vhost?: string): Design {
  const result = rabbitmqDefinitionsImporter.import(typeof defs === 'string' ? defs : JSON.stringify(defs), fileName, vhost ? { vhost } : {});
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path ?? ''}: ${e.message}`).join('\n'));
  return result.design;
}

function exported(design: Design): Definitions {
  const result = rabbitmqDefinitionsExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return JSON.parse(result.files[0].content) as Definitions;
}

const managementGet = (resource: string) => management(broker, 'GET', resource);

const queue = (name: string, vhost: string, args: Record<string, unknown> = {}) => ({ name, vhost, durable: true, auto_delete: false, arguments: { 'x-queue-type': 'classic', ...args } });

describe('definitions.json on RabbitMQ 3.10.8: the broker around the design', () => {
  it('binds from a built-in amq.* exchange without declaring it, and messages route through it', async () => {
    // The shape RabbitMQ's own export has: the binding names amq.direct, which "exchanges" leaves out.
    const design = withDefaultUser(
      imported({
        rabbit_version: '3.10.8',
        vhosts: [{ name: 'built-in' }],
        queues: [queue('audit', 'built-in')],
        exchanges: [],
        bindings: [{ source: 'amq.direct', vhost: 'built-in', destination: 'audit', destination_type: 'queue', routing_key: 'audit', arguments: {} }],
      }),
      'guest',
    );
    const defs = exported(design);
    expect(defs.exchanges).toEqual([]);
    expect(defs.bindings).toEqual([{ source: 'amq.direct', vhost: 'built-in', destination: 'audit', destination_type: 'queue', routing_key: 'audit', arguments: {} }]);
    await importDefinitionsFile(broker, tmp, defs);
    await expectBrokerToHold(broker, defs);
    const connection = await amqp.connect(broker.amqpUrl('built-in'));
    try {
      const channel = await connection.createConfirmChannel();
      channel.publish('amq.direct', 'audit', Buffer.from('through amq.direct'));
      await channel.waitForConfirms();
      expect((await channel.checkQueue('audit')).messageCount).toBe(1);
    } finally {
      await connection.close();
    }
  }, 60_000);

  it('names an alternate or dead-letter exchange the file does not declare (the import kept it), and never declares it', async () => {
    const design = withDefaultUser(
      imported({
        rabbit_version: '3.10.8',
        vhosts: [{ name: 'elsewhere' }],
        queues: [queue('work', 'elsewhere', { 'x-dead-letter-exchange': 'dead.declared.later' })],
        exchanges: [{ name: 'in', vhost: 'elsewhere', type: 'direct', durable: true, auto_delete: false, internal: false, arguments: { 'alternate-exchange': 'unrouted.declared.later' } }],
        bindings: [],
      }),
      'guest',
    );
    const defs = exported(design);
    expect(defs.exchanges.map((e) => [e.name, e.arguments])).toEqual([['in', { 'alternate-exchange': 'unrouted.declared.later' }]]);
    expect(defs.queues.map((q) => q.arguments)).toEqual([{ 'x-queue-type': 'classic', 'x-dead-letter-exchange': 'dead.declared.later' }]);
    await importDefinitionsFile(broker, tmp, defs);
    await expectBrokerToHold(broker, defs);
    // The application declares the alternate exchange later, and unroutable messages reach it.
    const connection = await amqp.connect(broker.amqpUrl('elsewhere'));
    try {
      const channel = await connection.createConfirmChannel();
      await channel.assertExchange('unrouted.declared.later', 'fanout');
      await channel.assertQueue('unrouted', { durable: true });
      await channel.bindQueue('unrouted', 'unrouted.declared.later', '');
      channel.publish('in', 'no binding has this key', Buffer.from('unroutable'));
      await channel.waitForConfirms();
      expect((await channel.checkQueue('unrouted')).messageCount).toBe(1);
    } finally {
      await connection.close();
    }
  }, 60_000);

  it("grants the cluster's default_user the vhosts the file creates; without one the file says no one may use them, as the broker then shows", async () => {
    const vhostOnly = (vhost: string) => imported({ rabbit_version: '3.10.8', vhosts: [{ name: vhost }], queues: [queue('jobs', vhost)], exchanges: [], bindings: [] });

    const granted = exported(withDefaultUser(vhostOnly('granted'), 'guest'));
    expect(granted.permissions).toEqual([{ user: 'guest', vhost: 'granted', configure: '.*', write: '.*', read: '.*' }]);
    await importDefinitionsFile(broker, tmp, granted);
    await expectBrokerToHold(broker, granted);
    const connection = await amqp.connect(broker.amqpUrl('granted'));
    await connection.close();

    const closed = exported(vhostOnly('closed'));
    expect(closed.permissions).toEqual([]);
    expect(closed.explanation).toMatch(/no one may use "closed" until granted: rabbitmqctl set_permissions -p <vhost> <user>/);
    await importDefinitionsFile(broker, tmp, closed);
    await expectBrokerToHold(broker, closed);
    await expect(amqp.connect(broker.amqpUrl('closed'))).rejects.toThrow();
    // amqplib does not pass on the broker's reason; the broker's log has it (written a moment later).
    const refusal = "access to vhost 'closed' refused for user 'guest'";
    for (let i = 0; i < 50 && !broker.log().includes(refusal); i++) await new Promise((r) => setTimeout(r, 100));
    expect(broker.log()).toContain(refusal);
  }, 60_000);

  it('keeps policies by their pattern, so a queue made after the import gets the policy too', async () => {
    const design = withDefaultUser(
      imported({
        rabbit_version: '3.10.8',
        vhosts: [{ name: 'patterns' }],
        policies: [{ vhost: 'patterns', name: 'jobs-limit', pattern: '^jobs\\.', 'apply-to': 'queues', priority: 3, definition: { 'max-length': 5, 'dead-letter-exchange': 'jobs.dlx' } }],
        queues: [queue('jobs.a', 'patterns'), queue('jobs.dead', 'patterns')],
        exchanges: [{ name: 'jobs.dlx', vhost: 'patterns', type: 'fanout', durable: true, auto_delete: false, internal: false, arguments: {} }],
        bindings: [{ source: 'jobs.dlx', vhost: 'patterns', destination: 'jobs.dead', destination_type: 'queue', routing_key: '', arguments: {} }],
      }),
      'guest',
    );
    // The review still sees what the policy gives each queue.
    expect(design.connections.some((c) => c.kind === 'dead-letter')).toBe(true);
    const defs = exported(design);
    expect(defs.policies).toEqual([
      { vhost: 'patterns', name: 'jobs-limit', pattern: '^jobs\\.', 'apply-to': 'queues', priority: 3, definition: { 'max-length': 5, 'dead-letter-exchange': 'jobs.dlx' } },
    ]);
    expect(defs.queues.map((q) => q.arguments)).toEqual([{ 'x-queue-type': 'classic' }, { 'x-queue-type': 'classic' }]);
    await importDefinitionsFile(broker, tmp, defs);
    await expectBrokerToHold(broker, defs);
    const connection = await amqp.connect(broker.amqpUrl('patterns'));
    try {
      const channel = await connection.createChannel();
      await channel.assertQueue('jobs.late', { durable: true });
    } finally {
      await connection.close();
    }
    let policy: unknown;
    for (let i = 0; i < 50 && policy !== 'jobs-limit'; i++) {
      policy = ((await managementGet('queues/patterns/jobs.late')) as { policy?: string }).policy;
      if (policy !== 'jobs-limit') await new Promise((r) => setTimeout(r, 200));
    }
    expect(policy).toBe('jobs-limit');
  }, 60_000);

  it('writes federation policy keys (they were imported, then refused), and names the plugin they need', async () => {
    const file = readFileSync(sharedPath('corpus/rabbitmq/neicnordic__sensitive-data-archive__federation.json'), 'utf8');
    const design = withDefaultUser(imported(file, 'federation.json'), 'guest');
    expect(design.clusters[0].policies).toEqual([{ vhost: 'sda', name: 'from_cega', pattern: 'from_cega', applyTo: 'queues', priority: 0, definition: { 'federation-upstream': 'from_cega' } }]);
    const defs = exported(design);
    expect(defs.explanation).toMatch(/Policies "from_cega" use keys of the rabbitmq_federation plugin: enable it first/);
    await importDefinitionsFile(broker, tmp, defs);
    await expectBrokerToHold(broker, defs);
  }, 60_000);

  it("imports RabbitMQ's own per-vhost export (GET /api/definitions/{vhost}), the vhost taken from --vhost or the file name", async () => {
    const source = {
      rabbit_version: '3.10.8',
      vhosts: [{ name: 'per vhost' }],
      permissions: [{ user: 'guest', vhost: 'per vhost', configure: '.*', write: '.*', read: '.*' }],
      queues: [queue('orders', 'per vhost', { 'x-message-ttl': 60000 })],
      exchanges: [{ name: 'events', vhost: 'per vhost', type: 'topic', durable: true, auto_delete: false, internal: false, arguments: {} }],
      bindings: [{ source: 'events', vhost: 'per vhost', destination: 'orders', destination_type: 'queue', routing_key: 'order.#', arguments: {} }],
      policies: [{ vhost: 'per vhost', name: 'ttl', pattern: '^orders$', 'apply-to': 'queues', priority: 0, definition: { expires: 3600000 } }],
    };
    await importDefinitionsFile(broker, tmp, source as unknown as Definitions);
    await expectBrokerToHold(broker, source as unknown as Definitions);
    const perVhost = (await managementGet(`definitions/${encodeURIComponent('per vhost')}`)) as Record<string, unknown>;
    // What RabbitMQ 3.10 writes for one vhost: no vhost on queues, exchanges and bindings (policies keep theirs).
    for (const section of ['queues', 'exchanges', 'bindings'])
      expect(
        (perVhost[section] as Array<Record<string, unknown>>).every((item) => !('vhost' in item)),
        section,
      ).toBe(true);
    const fromFlag = exported(imported(perVhost, 'rabbit_localhost_2026-01-01.json', 'per vhost'));
    const fromName = exported(imported(perVhost, 'per%20vhost.json'));
    expect(fromName).toEqual(fromFlag);
    // Re-imported cluster-wide, it is what the broker holds in that vhost.
    await importDefinitionsFile(broker, tmp, { ...fromFlag, permissions: [] });
    await expectBrokerToHold(broker, fromFlag, new Set(['per vhost']));
    expect((await brokerDefinitions(broker)).policies.filter((p) => p.vhost === 'per vhost')).toHaveLength(1);
  }, 60_000);
});
