import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { expect, test } from '@playwright/test';
import { hangUp, listen, silently, type TestListener } from '../lib/testing/listeners';
import { freePort } from '../lib/testing/ports';
import { startProductionServer, type ProductionServer } from './production-server';

/**
 * The server-side cluster connection attacked the way a security reviewer
 * would, against production servers on loopback started with an operator's
 * configuration: off by default and bound to 127.0.0.1; DNS rebinding; a
 * port scan (text and timing); a fake broker's endless answer; the caps; the
 * log. Listeners on 127.0.0.1 stand for the network behind the server.
 */

interface Answer {
  status: number;
  body: { ok: boolean; enabled?: boolean; error?: { code: string; message: string } };
  headers: http.IncomingHttpHeaders;
}

/** A POST with headers a browser would not let a page set (Host), as a rebinding page's request arrives. */
function post(server: ProductionServer, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/api/import/cluster',
        method: 'POST',
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers },
      },
      (response) => {
        let data = '';
        response.on('data', (d) => (data += d));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(data), headers: response.headers }));
      },
    );
    request.on('error', reject);
    request.end(text);
  });
}

const kafka = (port: number, timeoutMs = 2000) => ({ from: 'kafka', bootstrap: `127.0.0.1:${port}`, timeoutMs });

const listeners: TestListener[] = [];
async function listener(onSocket?: (socket: net.Socket) => void, server?: net.Server) {
  const l = await listen(onSocket, { server });
  listeners.push(l);
  return l;
}

test.describe.configure({ mode: 'serial' });
test.afterAll(async () => {
  for (const l of listeners.splice(0)) await l.close();
});

test.describe('as installed: npm start', () => {
  let server: ProductionServer;
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = await startProductionServer({}, { command: 'npm-serve' });
  });
  test.afterAll(async () => server?.stop());

  test('listens on 127.0.0.1 only', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && !a.address.startsWith('fe80'))
      .map((a) => a!.address);
    for (const address of external) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: server.port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      expect(reached, `the server answers on ${address}`).toBe(false);
    }
    expect((await fetch(`${server.url}/api/import/cluster`)).status).toBe(200);
  });

  test('connects to no cluster until its operator allows one, and the studio does not offer it', async ({ page }) => {
    const target = await listener();
    const answer = await post(server, kafka(target.port));
    expect(answer).toMatchObject({ status: 403, body: { ok: false, error: { code: 'disabled' } } });
    expect(target.accepted).toBe(0);
    expect(await (await fetch(`${server.url}/api/import/cluster`)).json()).toEqual({ enabled: false, sources: [] });

    await page.goto(server.url);
    await expect(page.getByTestId('studio')).toHaveAttribute('data-ready', 'true');
    await page.getByTestId('toolbar.file-menu').click();
    await expect(page.getByTestId('file-menu.open')).toBeVisible();
    await expect(page.getByTestId('file-menu.import-cluster')).toHaveCount(0);
    await expect(page.getByTestId('toolbar.import-cluster')).toHaveCount(0);
  });
});

/** A management API with a canned topology at /; under /flood/ every answer streams without end (for the budget), counting what it wrote. */
function fakeManagementApi(wrote: (bytes: number) => void): http.Server {
  return http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    const canned: Record<string, unknown> = {
      '/api/overview': { rabbitmq_version: '3.10.8' },
      '/api/vhosts': [{ name: '/' }],
      '/api/exchanges': [],
      '/api/queues': [],
      '/api/bindings': [],
      '/api/policies': [],
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    if (path in canned) return void res.end(JSON.stringify(canned[path]));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) wrote(chunk.length);
    };
    res.on('drain', pump);
    pump();
  });
}

/** An operator's configuration that allows the import to loopback, behind a proxy named studio.example.com, with a 1 MB budget and room for every test's requests. */
const OPERATOR_ALLOWED = {
  QUEUEWRIGHT_LIVE_ALLOW: '127.0.0.1',
  QUEUEWRIGHT_ALLOWED_HOSTS: 'studio.example.com 127.0.0.1',
  QUEUEWRIGHT_LIVE_MAX_MB: '1',
  QUEUEWRIGHT_LIVE_PER_CLIENT: '8',
  QUEUEWRIGHT_LIVE_TOTAL: '8',
  QUEUEWRIGHT_LIVE_PER_MINUTE: '1000',
  QUEUEWRIGHT_LIVE_TOTAL_PER_MINUTE: '1000',
};

test.describe('allowed by its operator', () => {
  let server: ProductionServer;
  let fakeRabbit: TestListener;
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    fakeRabbit = await listener(
      undefined,
      fakeManagementApi((bytes) => (fakeRabbitWritten += bytes)),
    );
    server = await startProductionServer(OPERATOR_ALLOWED);
  });
  test.afterAll(async () => server?.stop());
  let fakeRabbitWritten = 0;

  test('DNS rebinding: a request for another host name is refused and connects nowhere', async () => {
    const target = await listener();
    const rebound = await post(server, kafka(target.port), { host: `evil.example:${server.port}`, origin: `http://evil.example:${server.port}` });
    expect(rebound).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    const crossSite = await post(server, kafka(target.port), { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(target.accepted).toBe(0);
  });

  test('behind a proxy that rewrites Host, the studio’s public origin imports', async () => {
    const answer = await post(server, { from: 'rabbitmq', url: `http://guest:guest@127.0.0.1:${fakeRabbit.port}/` }, { origin: 'https://studio.example.com' });
    expect(answer).toMatchObject({ status: 200, body: { ok: true } });
  });

  test('a scan learns nothing: refused, closed, silent and not-a-broker ports answer the same, and none before its deadline', async () => {
    const silent = await listener(silently);
    const closing = await listener(hangUp);
    const web = await listener(
      undefined,
      http.createServer((_, res) => res.writeHead(400).end('Bad Request')),
    );
    const refused = await freePort();

    // The silent port is asked first; the others once it holds its connection. Answers held to each
    // request's deadline arrive in the order asked; answers sent as soon as the port says no would overtake.
    const order: string[] = [];
    const ask = (name: string, port: number) => post(server, kafka(port)).then((a) => (order.push(name), a));
    const connected = silent.nextConnection();
    const silentAnswer = ask('silent', silent.port);
    await connected;
    await new Promise((r) => setTimeout(r, 300));
    const others = await Promise.all([ask('refused', refused), ask('closed', closing.port), ask('not a broker', web.port)]);
    const answers = [await silentAnswer, ...others];

    expect(order[0]).toBe('silent');
    const shapes = answers.map((a, i) => ({ status: a.status, code: a.body.error?.code, message: a.body.error?.message.replace(String([silent.port, refused, closing.port, web.port][i]), 'PORT') }));
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(shapes[0]).toMatchObject({ status: 502, code: 'unreachable', message: expect.stringContaining('nothing there answered as a Kafka broker') });
  });

  test('a fake broker’s endless answer is cut off at the budget while it is read', async () => {
    fakeRabbitWritten = 0;
    const answer = await post(server, { from: 'rabbitmq', url: `http://u:pw@127.0.0.1:${fakeRabbit.port}/flood/`, timeoutMs: 20_000 });
    expect(answer).toMatchObject({ status: 502, body: { error: { code: 'too-large', message: expect.stringContaining('passed 1 MB') } } });
    await expect.poll(() => fakeRabbit.open.size).toBe(0);
    // The budget plus the kernel's buffers, not the answer's 64 MB and more.
    expect(fakeRabbitWritten).toBeLessThan(32 * 1048576);
  });

  test('one log line per attempt: who, where, how it ended, never a secret', async () => {
    const target = await listener(hangUp);
    await post(server, { ...kafka(target.port, 1000), sasl: { mechanism: 'plain', username: 'importer-name', password: 'Pa55-word-secret' } });
    await expect.poll(() => server.output()).toContain(`"target":"127.0.0.1:${target.port}"`);
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes(`"target":"127.0.0.1:${target.port}"`))!;
    expect(JSON.parse(line)).toMatchObject({ event: 'queuewright.live-import', client: expect.stringMatching(/127\.0\.0\.1/), from: 'kafka', outcome: expect.any(String), status: 502 });
    expect(server.output()).not.toContain('Pa55-word-secret');
    expect(server.output()).not.toContain('importer-name');
  });
});

test.describe('with caps', () => {
  let server: ProductionServer;
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = await startProductionServer({ QUEUEWRIGHT_LIVE_ALLOW: '127.0.0.1', QUEUEWRIGHT_LIVE_PER_CLIENT: '2', QUEUEWRIGHT_LIVE_PER_MINUTE: '4' });
  });
  test.afterAll(async () => server?.stop());

  test('at most two imports at once per client, and four a minute', async () => {
    const silent = await listener(silently);
    const twoConnected = (async () => {
      while (silent.accepted < 2) await silent.nextConnection();
    })();
    const running = [post(server, kafka(silent.port, 3000)), post(server, kafka(silent.port, 3000))];
    await twoConnected;
    const third = await post(server, kafka(silent.port, 3000));
    expect(third).toMatchObject({ status: 429, body: { error: { code: 'busy', message: expect.stringContaining('2 imports from you are still running') } } });
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    await Promise.all(running);

    const refused = await freePort();
    await Promise.all([post(server, kafka(refused, 1000)), post(server, kafka(refused, 1000))]);
    const fifth = await post(server, kafka(refused, 1000));
    expect(fifth).toMatchObject({ status: 429, body: { error: { message: expect.stringContaining('you started 4 imports in the last minute') } } });
    expect(silent.accepted).toBe(2);
  });
});
