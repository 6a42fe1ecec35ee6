import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { readDesign } from '../design/read-design';
import { requireRabbitmq, startRabbitBroker, type RabbitBroker } from '../testing/rabbitmq-broker';
import { main } from '../../cli/main';
import type { Operation } from './drift';
import { LiveImportError } from './live-error';
import { applyRabbitmqCluster, auditRabbitmq, planRabbitmqCluster } from './rabbitmq-audit';
import { rabbitmqConnectionSchema, type RabbitmqConnection } from './rabbitmq-connection';

/**
 * Audit, plan and apply against one real RabbitMQ (Debian's 3.10.8 with the
 * management plugin, started here). Each scenario owns the names under its own
 * prefix and audits only that prefix. The broker is changed behind the
 * audit's back and read back through the management API as guest; every
 * scenario checks the plan's classification, the effect, and that an audit
 * after the apply finds nothing. Audit runs as a user with only the
 * monitoring tag and read permissions, and apply as that user is refused.
 */

requireRabbitmq('RabbitMQ audit tests');
const MONITOR = { username: 'auditor', password: 'aud1t-pw' };

let broker: RabbitBroker;
let admin: RabbitmqConnection;
let monitor: RabbitmqConnection;

interface Doc {
  exchanges?: Array<{ name: string; type?: string }>;
  queues?: Array<{ name: string; type?: string; vhost?: string; arguments?: Record<string, unknown>; policy?: Record<string, unknown> }>;
  bindings?: Array<{ from: string; to: string; routingKey?: string }>;
  policies?: Array<{ name: string; pattern: string; applyTo?: string; priority?: number; definition: Record<string, unknown> }>;
}

function design(doc: Doc): Design {
  const text = JSON.stringify({
    queuewright: 2,
    clusters: [{ id: 'r', name: 'Rabbit', broker: 'rabbitmq', version: '3.10', ...(doc.policies ? { policies: doc.policies.map((p) => ({ vhost: '/', ...p })) } : {}) }],
    nodes: [
      ...(doc.exchanges ?? []).map((e) => ({ kind: 'rabbitmq-exchange', id: `x-${e.name}`, cluster: 'r', ...e })),
      ...(doc.queues ?? []).map((q) => ({ kind: 'rabbitmq-queue', id: `q-${q.name}`, cluster: 'r', ...q })),
    ],
    connections: (doc.bindings ?? []).map((b, i) => ({ id: `b${i}`, kind: 'bind', from: `x-${b.from}`, to: `q-${b.to}`, ...(b.routingKey !== undefined ? { routingKey: b.routingKey } : {}) })),
  });
  const read = readDesign(text);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.design;
}

/** The management API as guest, for setting up and reading back behind the audit's back. */
async function api(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${broker.managementPort}/api/${path}`, {
    method,
    headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

const queue = (name: string) =>
  api('GET', `queues/%2F/${encodeURIComponent(name)}`).catch(() => undefined) as Promise<{ type: string; arguments: Record<string, unknown>; messages?: number } | undefined>;
const declareQueue = (name: string, args: Record<string, unknown> = {}) => api('PUT', `queues/%2F/${encodeURIComponent(name)}`, { durable: true, arguments: args });
const declareExchange = (name: string, type = 'topic') => api('PUT', `exchanges/%2F/${encodeURIComponent(name)}`, { type, durable: true });
const bind = (source: string, queueName: string, key: string) => api('POST', `bindings/%2F/e/${source}/q/${queueName}`, { routing_key: key });
const bindingsOf = async (queueName: string) =>
  ((await api('GET', `queues/%2F/${encodeURIComponent(queueName)}/bindings`)) as Array<{ source: string; routing_key: string }>)
    .filter((b) => b.source !== '')
    .map((b) => `${b.source}:${b.routing_key}`)
    .sort();

const scope = (prefix: string) => ({ scope: { prefix } });
const summary = (ops: Operation[]) => ops.map((o) => `${o.action} ${o.resource.name} ${o.safety}`);

async function applyAndSettle(d: Design, prefix: string, allowDelete: string[] = []) {
  const applied = await applyRabbitmqCluster(admin, d, { ...scope(prefix), allowDelete: new Set(allowDelete) });
  expect(applied.result.failed).toBeUndefined();
  const after = await auditRabbitmq(admin, d, scope(prefix));
  const again = await planRabbitmqCluster(admin, d, { ...scope(prefix), allowDelete: new Set(allowDelete) });
  expect(after.differences).toEqual([]);
  expect(again.plan).toEqual({ operations: [], blocked: [] });
  return applied;
}

beforeAll(async () => {
  broker = await startRabbitBroker({ management: true });
  await broker.ctl(['add_user', MONITOR.username, MONITOR.password]);
  await broker.ctl(['set_user_tags', MONITOR.username, 'monitoring']);
  // Configure and write nothing, read everything.
  await broker.ctl(['set_permissions', '-p', '/', MONITOR.username, '^$', '^$', '.*']);
  const url = `http://127.0.0.1:${broker.managementPort}`;
  admin = rabbitmqConnectionSchema.parse({ url, username: 'guest', password: 'guest', timeoutMs: 30_000 });
  monitor = rabbitmqConnectionSchema.parse({ url, ...MONITOR, timeoutMs: 30_000 });
}, 180_000);

afterAll(async () => {
  await broker?.stop();
}, 60_000);

describe('RabbitMQ audit, plan and apply on a real broker', () => {
  it('declares a missing exchange, queue (with its type and arguments) and binding, all safe, then finds no drift', async () => {
    const d = design({
      exchanges: [{ name: 'r1-orders' }],
      queues: [{ name: 'r1-billing', type: 'quorum', arguments: { 'x-delivery-limit': 5 } }],
      bindings: [{ from: 'r1-orders', to: 'r1-billing', routingKey: 'order.*' }],
    });
    const before = await auditRabbitmq(admin, d, scope('r1-'));
    expect(before.differences.map((x) => `${x.kind} ${x.resource.type} ${x.resource.name}`)).toEqual([
      'only-in-design exchange r1-orders',
      'only-in-design queue r1-billing',
      'only-in-design binding r1-orders>r1-billing:order.*',
    ]);
    const plan = await planRabbitmqCluster(admin, d, scope('r1-'));
    expect(summary(plan.plan.operations)).toEqual(['declare-exchange r1-orders safe', 'declare-queue r1-billing safe', 'bind r1-orders>r1-billing:order.* safe']);
    await applyAndSettle(d, 'r1-');
    expect(await queue('r1-billing')).toMatchObject({ type: 'quorum', arguments: { 'x-queue-type': 'quorum', 'x-delivery-limit': 5 } });
    expect(await bindingsOf('r1-billing')).toEqual(['r1-orders:order.*']);
  }, 120_000);

  it('a changed queue argument is fixed at declare time: blocked without the flag, delete-and-declare (destructive) with it, bindings made again', async () => {
    await declareExchange('r2-x');
    await declareQueue('r2-q', { 'x-queue-type': 'classic', 'x-max-length': 100 });
    await bind('r2-x', 'r2-q', 'k');
    const d = design({ exchanges: [{ name: 'r2-x' }], queues: [{ name: 'r2-q', type: 'classic', arguments: { 'x-max-length': 500 } }], bindings: [{ from: 'r2-x', to: 'r2-q', routingKey: 'k' }] });
    const audit = await auditRabbitmq(admin, d, scope('r2-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'queue', name: 'r2-q' }, setting: 'arguments.x-max-length', design: '500', live: '100', source: 'declared on the queue' }]);
    const unflagged = await planRabbitmqCluster(admin, d, scope('r2-'));
    expect(unflagged.plan.operations).toEqual([]);
    expect(unflagged.plan.blocked[0].why).toMatch(/fixes a queue's type and arguments at declare time \(arguments.x-max-length 100 → 500\).*--allow-delete queue:r2-q/);
    const flagged = await planRabbitmqCluster(admin, d, { ...scope('r2-'), allowDelete: new Set(['queue:r2-q']) });
    expect(summary(flagged.plan.operations)).toEqual(['delete-queue r2-q destructive', 'declare-queue r2-q safe', 'bind r2-x>r2-q:k safe']);
    await applyAndSettle(d, 'r2-', ['queue:r2-q']);
    expect((await queue('r2-q'))?.arguments['x-max-length']).toBe(500);
    expect(await bindingsOf('r2-q')).toEqual(['r2-x:k']);
  }, 120_000);

  it('a changed queue type (classic → quorum) is delete-and-declare, destructive, only with the flag', async () => {
    await declareQueue('r3-q', { 'x-queue-type': 'classic' });
    const d = design({ queues: [{ name: 'r3-q', type: 'quorum' }] });
    const audit = await auditRabbitmq(admin, d, scope('r3-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'queue', name: 'r3-q' }, setting: 'type', design: 'quorum', live: 'classic', source: 'declared on the queue' }]);
    expect((await planRabbitmqCluster(admin, d, scope('r3-'))).plan.blocked).toHaveLength(1);
    const applied = await applyAndSettle(d, 'r3-', ['queue:r3-q']);
    expect(summary(applied.plan.operations)).toEqual(['delete-queue r3-q destructive', 'declare-queue r3-q safe']);
    expect((await queue('r3-q'))?.type).toBe('quorum');
  }, 120_000);

  it('an added binding is a safe bind', async () => {
    await declareExchange('r4-x');
    await declareQueue('r4-q');
    await bind('r4-x', 'r4-q', 'a');
    const d = design({
      exchanges: [{ name: 'r4-x' }],
      queues: [{ name: 'r4-q' }],
      bindings: [
        { from: 'r4-x', to: 'r4-q', routingKey: 'a' },
        { from: 'r4-x', to: 'r4-q', routingKey: 'b' },
      ],
    });
    const plan = await planRabbitmqCluster(admin, d, scope('r4-'));
    expect(summary(plan.plan.operations)).toEqual(['bind r4-x>r4-q:b safe']);
    await applyAndSettle(d, 'r4-');
    expect(await bindingsOf('r4-q')).toEqual(['r4-x:a', 'r4-x:b']);
  }, 120_000);

  it('a binding only in the cluster is reported, and removed only with its own flag (destructive)', async () => {
    await declareExchange('r5-x');
    await declareQueue('r5-q');
    await bind('r5-x', 'r5-q', 'keep');
    await bind('r5-x', 'r5-q', 'stray');
    const d = design({ exchanges: [{ name: 'r5-x' }], queues: [{ name: 'r5-q' }], bindings: [{ from: 'r5-x', to: 'r5-q', routingKey: 'keep' }] });
    const audit = await auditRabbitmq(admin, d, scope('r5-'));
    expect(audit.differences).toEqual([{ kind: 'only-in-cluster', resource: { type: 'binding', name: 'r5-x>r5-q:stray' } }]);
    const unflagged = await applyRabbitmqCluster(admin, d, scope('r5-'));
    expect(unflagged.result.done).toEqual([]);
    expect(unflagged.plan.blocked[0].why).toMatch(/--allow-delete binding:r5-x>r5-q:stray/);
    expect(await bindingsOf('r5-q')).toEqual(['r5-x:keep', 'r5-x:stray']);
    const applied = await applyAndSettle(d, 'r5-', ['binding:r5-x>r5-q:stray']);
    expect(summary(applied.plan.operations)).toEqual(['unbind r5-x>r5-q:stray destructive']);
    expect(await bindingsOf('r5-q')).toEqual(['r5-x:keep']);
  }, 120_000);

  it('a queue nobody documented is reported, kept without the flag, deleted with it', async () => {
    await declareQueue('r6-known');
    await declareQueue('r6-stray');
    const d = design({ queues: [{ name: 'r6-known' }] });
    const audit = await auditRabbitmq(admin, d, scope('r6-'));
    expect(audit.differences).toEqual([{ kind: 'only-in-cluster', resource: { type: 'queue', name: 'r6-stray' }, live: 'classic, durable' }]);
    await applyRabbitmqCluster(admin, d, scope('r6-'));
    expect(await queue('r6-stray')).toBeDefined();
    const applied = await applyAndSettle(d, 'r6-', ['queue:r6-stray']);
    expect(summary(applied.plan.operations)).toEqual(['delete-queue r6-stray destructive']);
    expect(await queue('r6-stray')).toBeUndefined();
  }, 120_000);

  it('a changed exchange type is delete-and-declare with its bindings made again', async () => {
    await declareExchange('r7-x', 'direct');
    await declareQueue('r7-q');
    await bind('r7-x', 'r7-q', 'k');
    const d = design({ exchanges: [{ name: 'r7-x', type: 'topic' }], queues: [{ name: 'r7-q' }], bindings: [{ from: 'r7-x', to: 'r7-q', routingKey: 'k' }] });
    const audit = await auditRabbitmq(admin, d, scope('r7-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'exchange', name: 'r7-x' }, setting: 'type', design: 'topic', live: 'direct', source: 'declared on the exchange' }]);
    expect((await planRabbitmqCluster(admin, d, scope('r7-'))).plan.blocked[0].why).toMatch(/drops its bindings/);
    const applied = await applyAndSettle(d, 'r7-', ['exchange:r7-x']);
    expect(summary(applied.plan.operations)).toEqual(['delete-exchange r7-x destructive', 'declare-exchange r7-x safe', 'bind r7-x>r7-q:k safe']);
    expect(((await api('GET', 'exchanges/%2F/r7-x')) as { type: string }).type).toBe('topic');
    expect(await bindingsOf('r7-q')).toEqual(['r7-x:k']);
  }, 120_000);

  it('a new policy and a changed policy are disruptive (they apply at once); a policy only in the cluster needs the flag', async () => {
    await declareQueue('r8-q');
    await api('PUT', 'policies/%2F/r8-old', { pattern: '^r8-none$', definition: { 'max-length': 1 }, 'apply-to': 'queues' });
    await api('PUT', 'policies/%2F/r8-limit', { pattern: '^r8-q$', definition: { 'max-length': 10 }, 'apply-to': 'queues', priority: 0 });
    const d = design({
      queues: [{ name: 'r8-q' }],
      policies: [
        { name: 'r8-limit', pattern: '^r8-q$', applyTo: 'queues', definition: { 'max-length': 1000 } },
        { name: 'r8-ttl', pattern: '^r8-', applyTo: 'queues', priority: 1, definition: { 'message-ttl': 60000 } },
      ],
    });
    const audit = await auditRabbitmq(admin, d, scope('r8-'));
    expect(audit.differences.map((x) => `${x.kind} ${x.resource.name} ${x.setting ?? ''}`.trim())).toEqual(['differs r8-limit definition', 'only-in-design r8-ttl', 'only-in-cluster r8-old']);
    const applied = await applyAndSettle(d, 'r8-', ['policy:r8-old']);
    expect(summary(applied.plan.operations)).toEqual(['delete-policy r8-old destructive', 'set-policy r8-limit disruptive', 'set-policy r8-ttl disruptive']);
    expect(((await api('GET', 'policies/%2F/r8-limit')) as { definition: unknown }).definition).toEqual({ 'max-length': 1000 });
    await expect(api('GET', 'policies/%2F/r8-old')).rejects.toThrow(/404/);
  }, 120_000);

  it('audit runs as a monitoring user that can read but not write; apply as that user is refused and changes nothing', async () => {
    await declareQueue('r9-q', { 'x-max-length': 1 });
    const d = design({ queues: [{ name: 'r9-q', arguments: { 'x-max-length': 1 } }, { name: 'r9-new' }] });
    const audit = await auditRabbitmq(monitor, d, scope('r9-'));
    expect(audit.differences).toEqual([{ kind: 'only-in-design', resource: { type: 'queue', name: 'r9-new' } }]);
    const applied = await applyRabbitmqCluster(monitor, d, scope('r9-'));
    expect(applied.result.done).toEqual([]);
    expect(applied.result.failed?.error).toMatch(/^401: Not_Authorized|^403|^401/);
    expect(await queue('r9-new')).toBeUndefined();
  }, 120_000);

  it('says clearly when nothing answers at the management URL, and when the credentials are wrong', async () => {
    const dead = rabbitmqConnectionSchema.parse({ url: 'http://127.0.0.1:1', username: 'guest', password: 'guest', timeoutMs: 5000 });
    const unreachable = await auditRabbitmq(dead, design({ queues: [{ name: 'x' }] })).catch((e: unknown) => e);
    expect(unreachable).toBeInstanceOf(LiveImportError);
    expect((unreachable as LiveImportError).message).toMatch(/Nothing answers at http:\/\/127\.0\.0\.1:1\/ \(connection refused\)/);
    const wrong = await auditRabbitmq({ ...admin, password: 'nope' }, design({ queues: [{ name: 'x' }] })).catch((e: unknown) => e);
    expect((wrong as LiveImportError).code).toBe('auth');
  }, 60_000);

  it('the command line: --url selects RabbitMQ; audit exits 1 then 0 after apply --yes, and --format json is a list', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-rabbit-audit-cli-'));
    try {
      writeFileSync(
        path.join(dir, 'd.json'),
        JSON.stringify({ queuewright: 2, clusters: [{ id: 'r', name: 'R', broker: 'rabbitmq' }], nodes: [{ kind: 'rabbitmq-queue', id: 'q', name: 'r10-cli', cluster: 'r' }] }),
      );
      const cli = async (...args: string[]) => {
        let stdout = '';
        let stderr = '';
        const code = await main([...args, '--url', `http://127.0.0.1:${broker.managementPort}`, '--username', 'guest', '--prefix', 'r10-'], {
          cwd: dir,
          stdout: { write: (t: string) => (stdout += t) },
          stderr: { write: (t: string) => (stderr += t) },
          env: { QUEUEWRIGHT_RABBITMQ_PASSWORD: 'guest' },
        });
        return { code, stdout, stderr };
      };
      const audit = await cli('audit', 'd.json', '--format', 'json');
      expect(audit.code).toBe(1);
      expect(JSON.parse(audit.stdout)).toEqual([{ kind: 'only-in-design', resource: { type: 'queue', name: 'r10-cli' } }]);
      expect((await cli('apply', 'd.json', '--yes')).code).toBe(0);
      expect(await cli('audit', 'd.json')).toMatchObject({ code: 0, stdout: 'The cluster matches the design.\n' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a queue in a virtual host the broker lacks: the vhost is created first, then the queue; names carry the vhost', async () => {
    const d = design({ queues: [{ name: 'r11-q', vhost: 'r11-shop' }] });
    const plan = await planRabbitmqCluster(admin, d, scope('r11-'));
    expect(summary(plan.plan.operations)).toEqual(['create-vhost r11-shop safe', 'declare-queue r11-shop/r11-q safe']);
    await applyAndSettle(d, 'r11-');
    expect(await api('GET', 'queues/r11-shop/r11-q')).toMatchObject({ name: 'r11-q', vhost: 'r11-shop' });
  }, 120_000);

  it('an argument the queue has but the design leaves out differs too (unset on one side), and is delete-and-declare', async () => {
    await declareQueue('r12-q', { 'x-message-ttl': 60000 });
    await api('POST', 'exchanges/%2F/amq.default/publish', { properties: {}, routing_key: 'r12-q', payload: 'kept?', payload_encoding: 'string' });
    const d = design({ queues: [{ name: 'r12-q' }] });
    const audit = await auditRabbitmq(admin, d, scope('r12-'));
    expect(audit.differences).toEqual([
      { kind: 'differs', resource: { type: 'queue', name: 'r12-q' }, setting: 'arguments.x-message-ttl', design: '', live: '60000', source: 'declared on the queue' },
    ]);
    const applied = await applyAndSettle(d, 'r12-', ['queue:r12-q']);
    expect(applied.plan.operations[0].why).toMatch(/deleted with every message in it/);
    const after = await queue('r12-q');
    expect(after?.arguments).toEqual({});
    // The message published before went with the deleted queue: that is what destructive means.
    const got = (await api('POST', 'queues/%2F/r12-q/get', { count: 1, ackmode: 'ack_requeue_false', encoding: 'auto' })) as unknown[];
    expect(got).toEqual([]);
  }, 120_000);
});
