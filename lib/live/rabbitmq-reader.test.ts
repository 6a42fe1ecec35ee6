import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../testing/ports';
import { importLive } from './import-live';
import { managementTarget, rabbitmqConnectionSchema } from './rabbitmq-connection';

/**
 * The RabbitMQ reader without a broker: which management URL an AMQP or HTTP
 * URL leads to, and what a fake management API's answers become (401, 403,
 * 404, HTML, silence, a refused port, and a canned topology). Reading a real
 * RabbitMQ is in rabbitmq-live.test.ts.
 */

const target = (url: string, extra: Record<string, string> = {}) => managementTarget(rabbitmqConnectionSchema.parse({ url, ...extra }));

describe('managementTarget', () => {
  it('takes credentials out of an http URL and keeps a path prefix', () => {
    expect(target('http://ops:p%40ss@rabbit.internal:15672/')).toMatchObject({ base: 'http://rabbit.internal:15672/', username: 'ops', password: 'p@ss' });
    expect(target('https://lb.example/rabbitmq/api/').base).toBe('https://lb.example/rabbitmq/');
  });

  it('derives the management URL from an AMQP URL, and its vhost', () => {
    expect(target('amqp://u:p@mq:5672/shop')).toMatchObject({ base: 'http://mq:15672/', vhost: 'shop', derivedFrom: 'amqp', username: 'u' });
    expect(target('amqps://mq/%2F')).toMatchObject({ base: 'https://mq:15671/', vhost: '/' });
    expect(target('amqp://mq')).toMatchObject({ vhost: undefined });
  });

  it('separate fields win over the URL', () => {
    expect(target('http://a:b@h:15672', { username: 'c', password: 'd', vhost: 'v' })).toMatchObject({ username: 'c', password: 'd', vhost: 'v' });
  });
});

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

describe('reading a management API', () => {
  let server: http.Server;
  let base: string;
  let route: Route = () => undefined;
  const seen: Array<{ method?: string; url?: string; auth?: string }> = [];
  const sockets = new Set<net.Socket>();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization });
      route(req, res);
    });
    server.on('connection', (s) => sockets.add(s));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`;
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  const json = (res: http.ServerResponse, body: unknown, status = 200) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  it('wrong credentials: auth, without repeating them', async () => {
    route = (_, res) => json(res, { error: 'not_authorised', reason: 'Login failed' }, 401);
    const result = await importLive({ from: 'rabbitmq', url: base, username: 'ops', password: 'S3cret-pw' });
    expect(result).toMatchObject({ ok: false, error: { code: 'auth', message: expect.stringContaining('refused the credentials') } });
    expect(JSON.stringify(result)).not.toContain('S3cret-pw');
  });

  it('a user without rights: forbidden, saying which tag helps', async () => {
    route = (_, res) => json(res, { error: 'not_authorised' }, 403);
    expect(await importLive({ from: 'rabbitmq', url: base, username: 'u', password: 'p' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('monitoring tag') },
    });
  });

  it('something that is not a management API: not-a-broker', async () => {
    route = (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>hello</html>');
    };
    expect(await importLive({ from: 'rabbitmq', url: base, username: 'u', password: 'p' })).toMatchObject({ ok: false, error: { code: 'not-a-broker' } });
    route = (_, res) => json(res, { error: 'Object Not Found' }, 404);
    expect(await importLive({ from: 'rabbitmq', url: base, username: 'u', password: 'p' })).toMatchObject({ ok: false, error: { code: 'not-a-broker', message: expect.stringContaining('15672') } });
  });

  it('a server that never answers: timeout, bounded by timeoutMs', async () => {
    route = () => undefined;
    expect(await importLive({ from: 'rabbitmq', url: base, username: 'u', password: 'p', timeoutMs: 1200 })).toMatchObject({ ok: false, error: { code: 'timeout' } });
  }, 20_000);

  it('a port where nothing listens: unreachable, naming the management plugin', async () => {
    const port = await freePort();
    expect(await importLive({ from: 'rabbitmq', url: `http://u:p@127.0.0.1:${port}/`, timeoutMs: 5000 })).toMatchObject({
      ok: false,
      error: { code: 'unreachable', message: expect.stringContaining('rabbitmq_management') },
    });
  }, 20_000);

  it('reads only with GET and Basic auth, leaving out exclusive queues and the default exchange', async () => {
    seen.length = 0;
    const answers: Record<string, unknown> = {
      '/api/overview': { rabbitmq_version: '3.10.8', cluster_name: 'rabbit@prod', management_version: '3.10.8' },
      '/api/vhosts': [{ name: '/' }],
      '/api/exchanges': [
        { name: '', vhost: '/', type: 'direct', durable: true, auto_delete: false, internal: false, arguments: {} },
        { name: 'logs', vhost: '/', type: 'topic', durable: true, auto_delete: false, internal: false, arguments: {} },
      ],
      '/api/queues': [
        { name: 'errors', vhost: '/', durable: true, auto_delete: false, exclusive: false, arguments: { 'x-queue-type': 'quorum' }, type: 'quorum' },
        { name: 'amq.gen-reply', vhost: '/', durable: false, auto_delete: true, exclusive: true, arguments: {}, type: 'classic' },
      ],
      '/api/bindings': [
        { source: '', vhost: '/', destination: 'errors', destination_type: 'queue', routing_key: 'errors', arguments: {} },
        { source: 'logs', vhost: '/', destination: 'errors', destination_type: 'queue', routing_key: '#.error', arguments: {} },
        { source: 'logs', vhost: '/', destination: 'amq.gen-reply', destination_type: 'queue', routing_key: '#', arguments: {} },
      ],
      '/api/policies': [],
    };
    route = (req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (path in answers) json(res, answers[path]);
      else json(res, { error: 'Object Not Found' }, 404);
    };
    const result = await importLive({ from: 'rabbitmq', url: base.replace('http://', 'http://ops:pw@') });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.design.nodes.map((n) => `${n.kind} ${n.name}`).sort()).toEqual(['rabbitmq-exchange logs', 'rabbitmq-queue errors']);
    expect(result.design.connections).toEqual([expect.objectContaining({ kind: 'bind', routingKey: '#.error' })]);
    expect(result.report).toContainEqual(expect.objectContaining({ message: expect.stringContaining('1 exclusive queue') }));
    expect(new Set(seen.map((s) => s.method))).toEqual(new Set(['GET']));
    expect(new Set(seen.map((s) => s.auth))).toEqual(new Set([`Basic ${Buffer.from('ops:pw').toString('base64')}`]));
  });
});
