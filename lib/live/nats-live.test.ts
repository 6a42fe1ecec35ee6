import net from 'node:net';
import { AckPolicy, connect, DiscardPolicy, RetentionPolicy, StorageType, nanos, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsumerGroupNode, Design, NatsStreamNode } from '../design';
import { freePort } from '../testing/ports';
import { requireNatsServer, startNatsServer, type NatsServer } from '../testing/nats-server';
import { main } from '../../cli/main';
import { EndpointAllowList } from './endpoint-allow-list';
import { importLive } from './import-live';

/**
 * Import from a live NATS JetStream (Debian's nats-server, started here):
 * streams and consumers are made with the nats client, then read back through
 * the JetStream API and compared; one server with a user and password shows
 * how credentials are checked.
 */

requireNatsServer('Live NATS import tests');
const USER = { user: 'reader', password: 'r3ader-pw' };

let open: NatsServer;
let locked: NatsServer;
let nc: NatsConnection | undefined;

beforeAll(async () => {
  [open, locked] = await Promise.all([startNatsServer(), startNatsServer({ auth: USER })]);
  nc = await connect({ servers: open.url });
  const jsm = await nc.jetstreamManager();
  await jsm.streams.add({
    name: 'ORDERS',
    subjects: ['orders.>'],
    retention: RetentionPolicy.Limits,
    storage: StorageType.Memory,
    max_age: nanos(7 * 24 * 3600 * 1000),
    max_msgs: 1000,
    discard: DiscardPolicy.New,
  });
  await jsm.streams.add({ name: 'JOBS', subjects: ['jobs.*'], retention: RetentionPolicy.Workqueue, storage: StorageType.File });
  await jsm.consumers.add('ORDERS', { durable_name: 'billing', ack_policy: AckPolicy.Explicit, ack_wait: nanos(45_000), max_deliver: 5, filter_subject: 'orders.created', max_ack_pending: 100 });
  await jsm.consumers.add('JOBS', { durable_name: 'workers', ack_policy: AckPolicy.Explicit });
  await nc.close();
  nc = await connect({ servers: locked.url, user: USER.user, pass: USER.password });
  await (await nc.jetstreamManager()).streams.add({ name: 'ORDERS', subjects: ['orders.>'] });
  await nc.close();
  nc = undefined;
}, 120_000);

afterAll(async () => {
  await nc?.close();
  await Promise.all([open?.stop(), locked?.stop()]);
}, 60_000);

function summary(design: Design) {
  const name = (id: string) => design.nodes.find((n) => n.id === id)?.name;
  return {
    streams: design.nodes
      .filter((n): n is NatsStreamNode => n.kind === 'nats-stream')
      .map((s) => ({ name: s.name, subjects: s.subjects, retention: s.retention, storage: s.storage, max_age: s.max_age, max_msgs: s.max_msgs, discard: s.discard }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    consumers: design.nodes
      .filter((n): n is ConsumerGroupNode => n.kind === 'consumer-group')
      .map((c) => ({ name: c.name, ack_wait: c.nats.ack_wait, max_deliver: c.nats.max_deliver, max_ack_pending: c.nats.max_ack_pending, filter_subjects: c.nats.filter_subjects }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    connections: design.connections.map((c) => [c.kind, name(c.from), name(c.to)]).sort(),
  };
}

describe('import from a live NATS JetStream', () => {
  it('reads streams and consumers with their configs', async () => {
    const result = await importLive({ from: 'nats', url: open.url });
    if (!result.ok) throw new Error(result.error.message);
    const s = summary(result.design);
    expect(s.streams).toEqual([
      { name: 'JOBS', subjects: ['jobs.*'], retention: 'workqueue', storage: 'file', max_age: undefined, max_msgs: -1, discard: 'old' },
      { name: 'ORDERS', subjects: ['orders.>'], retention: 'limits', storage: 'memory', max_age: '7d', max_msgs: 1000, discard: 'new' },
    ]);
    expect(s.consumers).toEqual([
      { name: 'billing', ack_wait: '45s', max_deliver: 5, max_ack_pending: 100, filter_subjects: ['orders.created'] },
      expect.objectContaining({ name: 'workers', filter_subjects: [] }),
    ]);
    expect(s.connections).toEqual([
      ['consume', 'JOBS', 'workers'],
      ['consume', 'ORDERS', 'billing'],
    ]);
    expect(result.design.clusters).toEqual([expect.objectContaining({ broker: 'nats' })]);
    expect(result.source).toMatch(/^NATS 2\.\d+\.\d+ at nats:\/\/127\.0\.0\.1:\d+$/);
  }, 60_000);

  it('logs in with a user and password; wrong ones are refused with a clear message that does not repeat them', async () => {
    const good = await importLive({ from: 'nats', url: locked.url, username: USER.user, password: USER.password });
    expect(good.ok, good.ok ? '' : good.error.message).toBe(true);
    const bad = await importLive({ from: 'nats', url: locked.url, username: USER.user, password: 'not-it' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'auth', message: expect.stringContaining('refused the credentials') } });
    expect(JSON.stringify(bad)).not.toContain('not-it');
    const none = await importLive({ from: 'nats', url: locked.url });
    expect(none).toMatchObject({ ok: false, error: { code: 'auth' } });
  }, 60_000);

  it('a port nothing listens on is unreachable, said plainly', async () => {
    const port = await freePort();
    const result = await importLive({ from: 'nats', url: `nats://127.0.0.1:${port}` });
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable', message: expect.stringContaining(`nats://127.0.0.1:${port}`) } });
  }, 30_000);

  it('a server that accepts and never answers times out at the deadline', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as net.AddressInfo).port;
      const result = await importLive({ from: 'nats', url: `nats://127.0.0.1:${port}`, timeoutMs: 1000 });
      expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
      // The read closed its connection.
      await new Promise((r) => setTimeout(r, 200));
      expect(sockets.filter((s) => !s.destroyed && s.readyState === 'open')).toHaveLength(0);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  }, 30_000);

  it('connects only where the allow list says, and stops at the byte budget', async () => {
    const port = Number(new URL(open.url).port);
    const elsewhere = EndpointAllowList.parse(`127.0.0.1:${port === 65_535 ? 1 : port + 1}`);
    if (!elsewhere.ok) throw new Error(elsewhere.message);
    expect(await importLive({ from: 'nats', url: open.url }, { allow: elsewhere.list })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const here = EndpointAllowList.parse(`127.0.0.1:${port}`);
    if (!here.ok) throw new Error(here.message);
    expect((await importLive({ from: 'nats', url: open.url }, { allow: here.list })).ok).toBe(true);
    // The server's INFO alone is under 1 KB; the stream list's answers are well over it.
    expect(await importLive({ from: 'nats', url: open.url }, { budgetBytes: 1500 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  }, 60_000);

  it('refuses what it cannot use, saying what to write', async () => {
    expect(await importLive({ from: 'nats', url: 'tls://127.0.0.1:4222' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('not supported') } });
    expect(await importLive({ from: 'nats', url: 'nats://127.0.0.1:4222', username: 'u' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('password') },
    });
  });

  it('the command line imports the same server: queuewright import --from nats --url … --username …', async () => {
    let stdout = '';
    let stderr = '';
    const io = (env: Record<string, string>) => ({
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: process.cwd(),
      env,
    });
    const code = await main(['import', '--from', 'nats', '--url', locked.url, '--username', USER.user, '--timeout', '20'], io({ QUEUEWRIGHT_NATS_PASSWORD: USER.password }));
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/kind: nats-stream[\s\S]*name: ORDERS|name: ORDERS[\s\S]*kind: nats-stream/);
    expect(stdout + stderr).not.toContain(USER.password);
    stdout = stderr = '';
    expect(await main(['import', '--from', 'nats', '--url', locked.url, '--username', USER.user], io({ QUEUEWRIGHT_NATS_PASSWORD: 'wrong' }))).toBe(2);
    expect(stderr).toContain('refused the credentials');
  }, 60_000);
});
