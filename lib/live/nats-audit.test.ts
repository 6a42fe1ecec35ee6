import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AckPolicy, connect, nanos, StorageType, type JetStreamManager, type NatsConnection as NatsClient } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { readDesign } from '../design/read-design';
import { requireNatsServer, startNatsServer, type NatsServer } from '../testing/nats-server';
import { main } from '../../cli/main';
import type { Operation } from './drift';
import { applyNatsCluster, auditNats, planNatsCluster } from './nats-audit';
import { natsConnectionSchema, type NatsConnection } from './nats-connection';

/**
 * Audit, plan and apply against one real nats-server with JetStream (Debian's
 * 2.9.10, started here). Each scenario owns the streams under its own prefix
 * and audits only that prefix. The server is changed behind the audit's back
 * with the nats client and read back with it; every scenario checks the
 * plan's classification, the effect on the server, and that an audit after
 * the apply finds nothing and a second plan is empty. A spy subscribed to
 * $JS.API.> proves an audit sends only list and info requests.
 */

requireNatsServer('NATS audit tests');

let server: NatsServer;
let connection: NatsConnection;
let nc: NatsClient;
let jsm: JetStreamManager;

interface ConsumerDoc {
  name: string;
  nats?: Record<string, unknown>;
}
interface StreamDoc {
  name: string;
  subjects?: string[];
  storage?: 'file' | 'memory';
  retention?: 'limits' | 'interest' | 'workqueue';
  max_age?: string;
  max_bytes?: number;
  num_replicas?: number;
  consumers?: ConsumerDoc[];
}

function design(streams: StreamDoc[]): Design {
  const text = JSON.stringify({
    queuewright: 2,
    clusters: [{ id: 'n', name: 'NATS', broker: 'nats', version: '2.9' }],
    nodes: streams.flatMap(({ consumers, ...s }) => [
      { kind: 'nats-stream', id: `s-${s.name}`, cluster: 'n', ...s },
      ...(consumers ?? []).map((c) => ({ kind: 'consumer-group', id: `c-${s.name}-${c.name}`, name: c.name, groupId: c.name, nats: { ack_policy: 'explicit', ...c.nats } })),
    ]),
    connections: streams.flatMap((s) => (s.consumers ?? []).map((c) => ({ id: `k-${s.name}-${c.name}`, kind: 'consume', from: `s-${s.name}`, to: `c-${s.name}-${c.name}` }))),
  });
  const read = readDesign(text);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.design;
}

const scope = (prefix: string, allowDelete: string[] = []) => ({ scope: { prefix }, allowDelete: new Set(allowDelete) });
const summary = (ops: Operation[]) => ops.map((o) => `${o.action} ${o.resource.name} ${o.safety}`);
const kinds = (d: Array<{ kind: string; resource: { type: string; name: string }; setting?: string }>) =>
  d.map((x) => `${x.kind} ${x.resource.type} ${x.resource.name}${x.setting ? ` ${x.setting}` : ''}`);
const streamConfig = async (name: string) => (await jsm.streams.info(name)).config;
const consumerConfig = async (stream: string, name: string) => (await jsm.consumers.info(stream, name)).config;
const exists = (name: string) =>
  jsm.streams.info(name).then(
    () => true,
    () => false,
  );

/** Applies, then proves idempotence: no drift, and a second plan with nothing to do. */
async function applyAndSettle(d: Design, prefix: string, allowDelete: string[] = []) {
  const applied = await applyNatsCluster(connection, d, scope(prefix, allowDelete));
  expect(applied.result.failed).toBeUndefined();
  expect(applied.result.notDone).toEqual([]);
  expect((await auditNats(connection, d, scope(prefix))).differences).toEqual([]);
  expect((await planNatsCluster(connection, d, scope(prefix, allowDelete))).plan).toEqual({ operations: [], blocked: [] });
  return applied;
}

beforeAll(async () => {
  server = await startNatsServer();
  connection = natsConnectionSchema.parse({ url: server.url, timeoutMs: 30_000 });
  nc = await connect({ servers: server.url });
  jsm = await nc.jetstreamManager();
}, 120_000);

afterAll(async () => {
  await nc?.close();
  await server?.stop();
}, 60_000);

describe('NATS JetStream audit, plan and apply on a real server', () => {
  it("creates a missing stream and its consumer, both safe, with the exporter's config", async () => {
    const d = design([
      { name: 'N1-ORDERS', subjects: ['n1.orders.>'], max_age: '1h', consumers: [{ name: 'billing', nats: { ack_wait: '45s', max_deliver: 5, filter_subjects: ['n1.orders.created'] } }] },
    ]);
    expect(kinds((await auditNats(connection, d, scope('N1-'))).differences)).toEqual(['only-in-design stream N1-ORDERS', 'only-in-design consumer N1-ORDERS/billing']);
    const plan = await planNatsCluster(connection, d, scope('N1-'));
    expect(summary(plan.plan.operations)).toEqual(['create-stream N1-ORDERS safe', 'create-consumer N1-ORDERS/billing safe']);
    await applyAndSettle(d, 'N1-');
    expect(await streamConfig('N1-ORDERS')).toMatchObject({ subjects: ['n1.orders.>'], max_age: nanos(3_600_000), storage: 'file', retention: 'limits' });
    expect(await consumerConfig('N1-ORDERS', 'billing')).toMatchObject({
      durable_name: 'billing',
      ack_wait: nanos(45_000),
      max_deliver: 5,
      filter_subject: 'n1.orders.created',
      ack_policy: 'explicit',
    });
  }, 60_000);

  it('adding a subject is safe and removing one disruptive; both change in place', async () => {
    await jsm.streams.add({ name: 'N2-S', subjects: ['n2.a'] });
    const grown = design([{ name: 'N2-S', subjects: ['n2.a', 'n2.b'] }]);
    const audit = await auditNats(connection, grown, scope('N2-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'stream', name: 'N2-S' }, setting: 'subjects', design: 'n2.a,n2.b', live: 'n2.a', source: 'set on the stream' }]);
    expect(summary((await planNatsCluster(connection, grown, scope('N2-'))).plan.operations)).toEqual(['update-stream N2-S safe']);
    await applyAndSettle(grown, 'N2-');
    expect((await streamConfig('N2-S')).subjects.sort()).toEqual(['n2.a', 'n2.b']);
    const shrunk = design([{ name: 'N2-S', subjects: ['n2.b'] }]);
    const plan = await planNatsCluster(connection, shrunk, scope('N2-'));
    expect(summary(plan.plan.operations)).toEqual(['update-stream N2-S disruptive']);
    expect(plan.plan.operations[0].why).toMatch(/messages published to n2\.a are no longer stored/);
    await applyAndSettle(shrunk, 'N2-');
    expect((await streamConfig('N2-S')).subjects).toEqual(['n2.b']);
  }, 60_000);

  it('a shorter max_age changes in place, disruptive (older messages go); the default live value says so', async () => {
    await jsm.streams.add({ name: 'N3-S', subjects: ['n3.>'] });
    const d = design([{ name: 'N3-S', subjects: ['n3.>'], max_age: '1d' }]);
    const audit = await auditNats(connection, d, scope('N3-'));
    expect(audit.differences).toEqual([
      { kind: 'differs', resource: { type: 'stream', name: 'N3-S' }, setting: 'max_age', design: String(nanos(86_400_000)), live: '0', source: 'nats-server default' },
    ]);
    const plan = await planNatsCluster(connection, d, scope('N3-'));
    expect(summary(plan.plan.operations)).toEqual(['update-stream N3-S disruptive']);
    expect(plan.plan.operations[0].why).toMatch(/a lower max_age removes the messages past it/);
    await applyAndSettle(d, 'N3-');
    expect((await streamConfig('N3-S')).max_age).toBe(nanos(86_400_000));
  }, 60_000);

  it('max_bytes and num_replicas change in place', async () => {
    await jsm.streams.add({ name: 'N4-S', subjects: ['n4.>'], max_bytes: 1_000_000 });
    const d = design([{ name: 'N4-S', subjects: ['n4.>'], max_bytes: 5_000_000, num_replicas: 1 }]);
    expect(kinds((await auditNats(connection, d, scope('N4-'))).differences)).toEqual(['differs stream N4-S max_bytes']);
    expect(summary((await planNatsCluster(connection, d, scope('N4-'))).plan.operations)).toEqual(['update-stream N4-S safe']);
    await applyAndSettle(d, 'N4-');
    expect((await streamConfig('N4-S')).max_bytes).toBe(5_000_000);
    // nats-server 2.9.10 takes a replica change as an update even on one server (a create with 3 it refuses).
    const replicated = design([{ name: 'N4-S', subjects: ['n4.>'], max_bytes: 5_000_000, num_replicas: 3 }]);
    expect(summary((await planNatsCluster(connection, replicated, scope('N4-'))).plan.operations)).toEqual(['update-stream N4-S disruptive']);
    await applyAndSettle(replicated, 'N4-');
    expect((await streamConfig('N4-S')).num_replicas).toBe(3);
  }, 60_000);

  it('a storage change is refused by the server in place: blocked without the flag, delete-and-create (destructive) with it', async () => {
    await jsm.streams.add({ name: 'N5-S', subjects: ['n5.>'], storage: StorageType.File });
    await jsm.consumers.add('N5-S', { durable_name: 'reader', ack_policy: AckPolicy.Explicit });
    await nc.jetstream().publish('n5.x', new TextEncoder().encode('kept until the delete'));
    const d = design([{ name: 'N5-S', subjects: ['n5.>'], storage: 'memory', consumers: [{ name: 'reader' }] }]);
    const unflagged = await planNatsCluster(connection, d, scope('N5-'));
    expect(unflagged.plan.operations).toEqual([]);
    expect(unflagged.plan.blocked.map((b) => b.resource.name)).toEqual(['N5-S']);
    expect(unflagged.plan.blocked[0].why).toMatch(/"can not change storage type" \(storage file → memory\).*--allow-delete stream:N5-S/);
    const refused = await applyNatsCluster(connection, d, scope('N5-'));
    expect(refused.result.done).toEqual([]);
    expect((await streamConfig('N5-S')).storage).toBe('file');
    const flagged = await planNatsCluster(connection, d, scope('N5-', ['stream:N5-S']));
    expect(summary(flagged.plan.operations)).toEqual(['delete-stream N5-S destructive', 'create-stream N5-S safe', 'create-consumer N5-S/reader safe']);
    await applyAndSettle(d, 'N5-', ['stream:N5-S']);
    const info = await jsm.streams.info('N5-S');
    expect(info.config.storage).toBe('memory');
    expect(info.state.messages).toBe(0);
    expect((await consumerConfig('N5-S', 'reader')).ack_policy).toBe('explicit');
  }, 60_000);

  it('a retention change is destructive too (the server refuses it in place)', async () => {
    await jsm.streams.add({ name: 'N6-S', subjects: ['n6.>'] });
    const d = design([{ name: 'N6-S', subjects: ['n6.>'], retention: 'workqueue' }]);
    const unflagged = await planNatsCluster(connection, d, scope('N6-'));
    expect(unflagged.plan.blocked[0].why).toMatch(/"can not change retention policy" \(retention limits → workqueue\)/);
    const flagged = await planNatsCluster(connection, d, scope('N6-', ['stream:N6-S']));
    expect(summary(flagged.plan.operations)).toEqual(['delete-stream N6-S destructive', 'create-stream N6-S safe']);
    await applyAndSettle(d, 'N6-', ['stream:N6-S']);
    expect((await streamConfig('N6-S')).retention).toBe('workqueue');
  }, 60_000);

  it('adds a consumer to an existing stream', async () => {
    await jsm.streams.add({ name: 'N7-S', subjects: ['n7.>'] });
    const d = design([{ name: 'N7-S', subjects: ['n7.>'], consumers: [{ name: 'audit', nats: { max_ack_pending: 50 } }] }]);
    expect(kinds((await auditNats(connection, d, scope('N7-'))).differences)).toEqual(['only-in-design consumer N7-S/audit']);
    expect(summary((await planNatsCluster(connection, d, scope('N7-'))).plan.operations)).toEqual(['create-consumer N7-S/audit safe']);
    await applyAndSettle(d, 'N7-');
    expect((await consumerConfig('N7-S', 'audit')).max_ack_pending).toBe(50);
  }, 60_000);

  it('an undocumented consumer is only in the cluster: deleted only with its flag', async () => {
    await jsm.streams.add({ name: 'N8-S', subjects: ['n8.>'] });
    await jsm.consumers.add('N8-S', { durable_name: 'shadow', ack_policy: AckPolicy.Explicit, filter_subject: 'n8.secret' });
    const d = design([{ name: 'N8-S', subjects: ['n8.>'] }]);
    const audit = await auditNats(connection, d, scope('N8-'));
    expect(audit.differences).toEqual([{ kind: 'only-in-cluster', resource: { type: 'consumer', name: 'N8-S/shadow' }, live: 'pull, ack explicit, filter n8.secret' }]);
    const unflagged = await planNatsCluster(connection, d, scope('N8-'));
    expect(unflagged.plan.operations).toEqual([]);
    expect(unflagged.plan.blocked).toEqual([{ resource: { type: 'consumer', name: 'N8-S/shadow' }, why: 'only in the cluster; not deleted without --allow-delete consumer:N8-S/shadow.' }]);
    const flagged = await planNatsCluster(connection, d, scope('N8-', ['consumer:N8-S/shadow']));
    expect(summary(flagged.plan.operations)).toEqual(['delete-consumer N8-S/shadow destructive']);
    await applyAndSettle(d, 'N8-', ['consumer:N8-S/shadow']);
    await expect(jsm.consumers.info('N8-S', 'shadow')).rejects.toThrow(/consumer not found/);
  }, 60_000);

  it('ack_wait and a lower max_deliver change in place; the first is safe, the second disruptive', async () => {
    await jsm.streams.add({ name: 'N9-S', subjects: ['n9.>'] });
    await jsm.consumers.add('N9-S', { durable_name: 'c', ack_policy: AckPolicy.Explicit, max_deliver: 10 });
    const d = design([{ name: 'N9-S', subjects: ['n9.>'], consumers: [{ name: 'c', nats: { ack_wait: '2m', max_deliver: 3 } }] }]);
    const audit = await auditNats(connection, d, scope('N9-'));
    expect(audit.differences).toEqual([
      { kind: 'differs', resource: { type: 'consumer', name: 'N9-S/c' }, setting: 'ack_wait', design: String(nanos(120_000)), live: String(nanos(30_000)), source: 'nats-server default' },
      { kind: 'differs', resource: { type: 'consumer', name: 'N9-S/c' }, setting: 'max_deliver', design: '3', live: '10', source: 'set on the consumer' },
    ]);
    const plan = await planNatsCluster(connection, d, scope('N9-'));
    expect(summary(plan.plan.operations)).toEqual(['update-consumer N9-S/c disruptive']);
    await applyAndSettle(d, 'N9-');
    expect(await consumerConfig('N9-S', 'c')).toMatchObject({ ack_wait: nanos(120_000), max_deliver: 3 });
  }, 60_000);

  it("a consumer's ack policy is fixed: blocked without the flag, delete-and-create with it", async () => {
    await jsm.streams.add({ name: 'N10-S', subjects: ['n10.>'] });
    await jsm.consumers.add('N10-S', { durable_name: 'c', ack_policy: AckPolicy.Explicit });
    const d = design([{ name: 'N10-S', subjects: ['n10.>'], consumers: [{ name: 'c', nats: { ack_policy: 'all' } }] }]);
    const unflagged = await planNatsCluster(connection, d, scope('N10-'));
    expect(unflagged.plan.blocked.map((b) => b.why)).toEqual([expect.stringMatching(/"ack policy can not be updated" \(ack_policy explicit → all\).*--allow-delete consumer:N10-S\/c/)]);
    const flagged = await planNatsCluster(connection, d, scope('N10-', ['consumer:N10-S/c']));
    expect(summary(flagged.plan.operations)).toEqual(['delete-consumer N10-S/c destructive', 'create-consumer N10-S/c safe']);
    await applyAndSettle(d, 'N10-', ['consumer:N10-S/c']);
    expect((await consumerConfig('N10-S', 'c')).ack_policy).toBe('all');
  }, 60_000);

  it('pull to push is fixed as well (the server refuses it)', async () => {
    await jsm.streams.add({ name: 'N11-S', subjects: ['n11.>'] });
    await jsm.consumers.add('N11-S', { durable_name: 'c', ack_policy: AckPolicy.Explicit });
    const d = design([{ name: 'N11-S', subjects: ['n11.>'], consumers: [{ name: 'c', nats: { deliver_group: 'workers' } }] }]);
    expect((await planNatsCluster(connection, d, scope('N11-'))).plan.blocked[0].why).toMatch(/mode pull → push/);
    await applyAndSettle(d, 'N11-', ['consumer:N11-S/c']);
    expect(await consumerConfig('N11-S', 'c')).toMatchObject({ deliver_subject: 'deliver.N11-S.c', deliver_group: 'workers' });
  }, 60_000);

  it('a stream only in the cluster is deleted only with its flag', async () => {
    await jsm.streams.add({ name: 'N12-KEEP', subjects: ['n12.keep'] });
    await jsm.streams.add({ name: 'N12-OLD', subjects: ['n12.old'] });
    const d = design([{ name: 'N12-KEEP', subjects: ['n12.keep'] }]);
    expect(kinds((await auditNats(connection, d, scope('N12-'))).differences)).toEqual(['only-in-cluster stream N12-OLD']);
    const unflagged = await applyNatsCluster(connection, d, scope('N12-'));
    expect(unflagged.result.done).toEqual([]);
    expect(unflagged.plan.blocked.map((b) => b.resource.name)).toEqual(['N12-OLD']);
    expect(await exists('N12-OLD')).toBe(true);
    await applyAndSettle(d, 'N12-', ['stream:N12-OLD']);
    expect(await exists('N12-OLD')).toBe(false);
    expect(await exists('N12-KEEP')).toBe(true);
  }, 60_000);

  it('stops at the first refusal with what was done, what failed and what was not done', async () => {
    // Another stream (out of the audited scope) already stores n13.taken: the server refuses an overlapping one.
    await jsm.streams.add({ name: 'OTHER-N13', subjects: ['n13.taken'] });
    const d = design([
      { name: 'N13-A', subjects: ['n13.a'] },
      { name: 'N13-B', subjects: ['n13.taken'] },
      { name: 'N13-C', subjects: ['n13.c'] },
    ]);
    const applied = await applyNatsCluster(connection, d, scope('N13-'));
    expect(summary(applied.result.done)).toEqual(['create-stream N13-A safe']);
    expect(applied.result.failed?.operation.resource.name).toBe('N13-B');
    expect(applied.result.failed?.error).toMatch(/subjects overlap/);
    expect(summary(applied.result.notDone)).toEqual(['create-stream N13-C safe']);
    expect([await exists('N13-A'), await exists('N13-B'), await exists('N13-C')]).toEqual([true, false, false]);
  }, 60_000);

  it('an audit and a plan send only list and info requests to the JetStream API', async () => {
    await jsm.streams.add({ name: 'N14-S', subjects: ['n14.>'] });
    await jsm.consumers.add('N14-S', { durable_name: 'c', ack_policy: AckPolicy.Explicit });
    const spy = await connect({ servers: server.url });
    const subjects: string[] = [];
    const sub = spy.subscribe('$JS.API.>', { callback: (_, m) => subjects.push(m.subject) });
    await spy.flush();
    const d = design([{ name: 'N14-S', subjects: ['n14.>', 'n14b'], storage: 'memory', consumers: [{ name: 'c', nats: { max_deliver: 2 } }, { name: 'new' }] }]);
    expect((await auditNats(connection, d, scope('N14-'))).differences.length).toBeGreaterThan(0);
    expect((await planNatsCluster(connection, d, scope('N14-', ['stream:N14-S']))).plan.operations.length).toBeGreaterThan(0);
    await spy.flush();
    sub.unsubscribe();
    await spy.close();
    const kindsSeen = [...new Set(subjects.map((s) => s.split('.').slice(2, 4).join('.')))].sort();
    // The account's info (the client's JetStream check), the stream list and each stream's consumer list: nothing else.
    expect(kindsSeen).toEqual(['CONSUMER.LIST', 'INFO', 'STREAM.LIST']);
    expect(subjects.filter((s) => /CREATE|UPDATE|DELETE|PURGE/.test(s))).toEqual([]);
    expect((await streamConfig('N14-S')).storage).toBe('file');
  }, 60_000);

  it('the command line: plan exits 1 with the operations as JSON, apply --yes runs them, audit then exits 0', async () => {
    await jsm.streams.add({ name: 'N15-S', subjects: ['n15.>'] });
    const dir = mkdtempSync(join(tmpdir(), 'qw-nats-audit-cli-'));
    try {
      writeFileSync(join(dir, 'd.json'), JSON.stringify(design([{ name: 'N15-S', subjects: ['n15.>'], max_age: '1h', consumers: [{ name: 'c' }] }])));
      const cli = async (argv: string[]) => {
        let stdout = '';
        let stderr = '';
        const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir, env: {} });
        return { code, stdout, stderr };
      };
      const flags = ['d.json', '--from', 'nats', '--url', server.url, '--prefix', 'N15-'];
      const plan = await cli(['plan', ...flags, '--format', 'json']);
      expect(plan.code).toBe(1);
      expect((JSON.parse(plan.stdout) as Array<{ action: string; safety: string; status: string }>).map((o) => `${o.action} ${o.safety} ${o.status}`)).toEqual([
        'update-stream disruptive planned',
        'create-consumer safe planned',
      ]);
      const dry = await cli(['apply', ...flags]);
      expect(dry.code).toBe(1);
      expect(dry.stderr).toMatch(/nothing was applied; run again with --yes/);
      expect((await streamConfig('N15-S')).max_age).toBe(0);
      const applied = await cli(['apply', ...flags, '--yes']);
      expect(applied).toMatchObject({ code: 0, stdout: expect.stringMatching(/^done: \[disruptive\] update-stream stream N15-S[\s\S]*2 done\.\n$/) });
      expect(await cli(['audit', ...flags])).toMatchObject({ code: 0, stdout: 'The cluster matches the design.\n' });
      expect((await streamConfig('N15-S')).max_age).toBe(nanos(3_600_000));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
