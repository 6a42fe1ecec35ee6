import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design, RabbitmqExchangeNode, RabbitmqQueueNode } from '../design';
import { requireRabbitmq, startRabbitBroker, type RabbitBroker } from '../testing/rabbitmq-broker';
import { main } from '../../cli/main';
import { importLive } from './import-live';

/**
 * Import from a live RabbitMQ (Debian's 3.10.8, started here with the
 * management plugin): a known topology is made with the broker's own tool —
 * `rabbitmqctl import_definitions` for exchanges, queues and bindings,
 * `rabbitmqctl set_policy` for a dead-letter policy, and a user with only the
 * monitoring tag — then imported through the management API and compared.
 */

requireRabbitmq('Live RabbitMQ import tests');
const MONITOR = { username: 'monitor', password: 'm0nitor-pw' };

let broker: RabbitBroker;
let tmp: string;

const TOPOLOGY = {
  vhosts: [{ name: 'shop' }],
  exchanges: [
    { name: 'orders', vhost: 'shop', type: 'topic', durable: true, auto_delete: false, internal: false, arguments: {} },
    { name: 'orders.dlx', vhost: 'shop', type: 'fanout', durable: true, auto_delete: false, internal: false, arguments: {} },
  ],
  queues: [
    { name: 'billing', vhost: 'shop', durable: true, auto_delete: false, arguments: { 'x-queue-type': 'quorum', 'x-delivery-limit': 5 } },
    { name: 'shipping', vhost: 'shop', durable: true, auto_delete: false, arguments: { 'x-queue-type': 'classic', 'x-message-ttl': 60000, 'x-max-length': 1000 } },
    { name: 'orders.dead', vhost: 'shop', durable: true, auto_delete: false, arguments: { 'x-queue-type': 'classic' } },
  ],
  bindings: [
    { source: 'orders', vhost: 'shop', destination: 'billing', destination_type: 'queue', routing_key: 'order.*', arguments: {} },
    { source: 'orders', vhost: 'shop', destination: 'shipping', destination_type: 'queue', routing_key: 'order.created', arguments: {} },
    { source: 'orders.dlx', vhost: 'shop', destination: 'orders.dead', destination_type: 'queue', routing_key: '', arguments: {} },
  ],
};

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'qw-rabbit-live-'));
  broker = await startRabbitBroker({ management: true });
  const file = path.join(tmp, 'topology.json');
  writeFileSync(file, JSON.stringify(TOPOLOGY));
  await broker.ctl(['import_definitions', file]);
  await broker.ctl(['set_policy', '-p', 'shop', '--apply-to', 'queues', '--priority', '1', 'dlx', '^(billing|shipping)$', '{"dead-letter-exchange":"orders.dlx"}']);
  await broker.ctl(['add_user', MONITOR.username, MONITOR.password]);
  await broker.ctl(['set_user_tags', MONITOR.username, 'monitoring']);
  await broker.ctl(['set_permissions', '-p', 'shop', MONITOR.username, '', '', '.*']);
}, 120_000);

afterAll(async () => {
  await broker?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 60_000);

function summary(design: Design) {
  const name = (id: string) => design.nodes.find((n) => n.id === id)?.name;
  return {
    exchanges: design.nodes
      .filter((n): n is RabbitmqExchangeNode => n.kind === 'rabbitmq-exchange')
      .map((e) => [e.vhost, e.name, e.type])
      .sort(),
    queues: design.nodes
      .filter((n): n is RabbitmqQueueNode => n.kind === 'rabbitmq-queue')
      .map((q) => [q.vhost, q.name, q.type, q.arguments])
      .sort(),
    connections: design.connections.map((c) => [c.kind, name(c.from), name(c.to), c.routingKey ?? '']).sort(),
  };
}

describe('import from a live RabbitMQ', () => {
  it('reads exchanges, queues with arguments, bindings and policies as a monitoring user, and changes nothing', async () => {
    const before = (await broker.ctl(['list_queues', '-p', 'shop', '-q', 'name'])).stdout;
    const result = await importLive({ from: 'rabbitmq', url: `http://127.0.0.1:${broker.managementPort}/`, ...MONITOR, vhost: 'shop' });
    if (!result.ok) throw new Error(result.error.message);
    expect(summary(result.design)).toEqual({
      exchanges: [
        ['shop', 'orders', 'topic'],
        ['shop', 'orders.dlx', 'fanout'],
      ],
      queues: [
        ['shop', 'billing', 'quorum', { 'x-delivery-limit': 5 }],
        ['shop', 'orders.dead', 'classic', {}],
        ['shop', 'shipping', 'classic', { 'x-message-ttl': 60000, 'x-max-length': 1000 }],
      ],
      connections: [
        ['bind', 'orders', 'billing', 'order.*'],
        ['bind', 'orders', 'shipping', 'order.created'],
        ['bind', 'orders.dlx', 'orders.dead', ''],
        // The policy's dead-letter-exchange, applied to both queues it matches.
        ['dead-letter', 'billing', 'orders.dlx', ''],
        ['dead-letter', 'shipping', 'orders.dlx', ''],
      ].sort(),
    });
    expect(result.design.clusters).toEqual([expect.objectContaining({ broker: 'rabbitmq', version: '3.10.8' })]);
    expect(result.source).toContain(`127.0.0.1:${broker.managementPort}`);
    expect(JSON.stringify(result)).not.toContain(MONITOR.password);
    expect((await broker.ctl(['list_queues', '-p', 'shop', '-q', 'name'])).stdout).toBe(before);
  }, 60_000);

  it('wrong credentials are refused with a clear message', async () => {
    const result = await importLive({ from: 'rabbitmq', url: `http://127.0.0.1:${broker.managementPort}/`, username: MONITOR.username, password: 'not-it' });
    expect(result).toMatchObject({ ok: false, error: { code: 'auth' } });
  }, 30_000);

  it('the command line imports the same broker: queuewright import --from rabbitmq --url …', async () => {
    let stdout = '';
    let stderr = '';
    const code = await main(['import', '--from', 'rabbitmq', '--url', `http://${MONITOR.username}@127.0.0.1:${broker.managementPort}/`, '--vhost', 'shop'], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: process.cwd(),
      env: { QUEUEWRIGHT_RABBITMQ_PASSWORD: MONITOR.password },
    });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/kind: rabbitmq-queue[\s\S]*name: billing/);
    expect(stdout + stderr).not.toContain(MONITOR.password);
  }, 60_000);
});
