import http from 'node:http';
import type net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listen as listenOn, type TestListener } from '../testing/listeners';
import { freePort } from '../testing/ports';
import { EndpointAllowList } from './endpoint-allow-list';
import { importLive } from './import-live';

/**
 * No connection outlives its import, whatever the other end does: listeners
 * that accept and never answer, that answer forever, or that are not the
 * broker asked for. Every bootstrap server is tried, IPv6 included.
 */

const listeners: TestListener[] = [];
afterEach(async () => {
  for (const l of listeners.splice(0)) await l.close();
});

async function listen(host: string, onSocket?: (socket: net.Socket) => void, server?: net.Server): Promise<TestListener> {
  const listener = await listenOn(onSocket, { host, server });
  listeners.push(listener);
  return listener;
}

describe('no socket outlives its import', () => {
  it('Kafka: a listener that accepts and never answers is left with no open connection, import after import', async () => {
    const silent = await listen('127.0.0.1');
    for (let i = 0; i < 3; i++) {
      const result = await importLive({ from: 'kafka', bootstrap: `127.0.0.1:${silent.port}`, timeoutMs: 1000 });
      expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    }
    expect(silent.accepted).toBeGreaterThanOrEqual(3);
    await expect.poll(() => silent.open.size).toBe(0);
  }, 30_000);

  it('RabbitMQ: a management API that never answers is left with no open connection', async () => {
    const silent = await listen('127.0.0.1');
    for (let i = 0; i < 3; i++) {
      const result = await importLive({ from: 'rabbitmq', url: `http://u:p@127.0.0.1:${silent.port}/`, timeoutMs: 1000 });
      expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    }
    await expect.poll(() => silent.open.size).toBe(0);
  }, 30_000);

  it('a broker that streams without end is cut off at the byte budget, and its connection closed', async () => {
    let written = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const flood = await listen('127.0.0.1', (socket) => {
      // A Kafka frame header announcing 1 GB, then bytes as fast as the reader takes them.
      socket.write(Buffer.from([0x3f, 0xff, 0xff, 0xff]));
      const pump = () => {
        while (!socket.destroyed && socket.write(chunk)) written += chunk.length;
      };
      socket.on('drain', pump);
      pump();
    });
    const result = await importLive({ from: 'kafka', bootstrap: `127.0.0.1:${flood.port}`, timeoutMs: 20_000 }, { budgetBytes: 1048576 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringContaining('passed 1 MB') } });
    await expect.poll(() => flood.open.size).toBe(0);
    // What the reader took is bounded by the budget plus the kernel's socket buffers, not by what the broker offered.
    expect(written).toBeLessThan(32 * 1048576);
  }, 30_000);

  it('the same for a management API answering with an endless body', async () => {
    const server = http.createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
      };
      res.on('drain', pump);
      pump();
    });
    const flood = await listen('127.0.0.1', undefined, server);
    const result = await importLive({ from: 'rabbitmq', url: `http://u:p@127.0.0.1:${flood.port}/`, timeoutMs: 20_000 }, { budgetBytes: 1048576 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    await expect.poll(() => flood.open.size).toBe(0);
  }, 30_000);
});

describe('bootstrap servers', () => {
  it('every one is tried, in order, until one answers', async () => {
    const refused = await freePort();
    const silent = await listen('127.0.0.1');
    const third = await listen('127.0.0.1', (socket) => socket.destroy());
    const result = await importLive({ from: 'kafka', bootstrap: `127.0.0.1:${refused},127.0.0.1:${silent.port},127.0.0.1:${third.port}`, timeoutMs: 4000 });
    expect(result.ok).toBe(false);
    expect(silent.accepted).toBeGreaterThan(0);
    expect(third.accepted).toBeGreaterThan(0);
    await expect.poll(() => silent.open.size + third.open.size).toBe(0);
  }, 30_000);

  it('IPv6 addresses work', async () => {
    const v6 = await listen('::1', (socket) => socket.destroy());
    const result = await importLive({ from: 'kafka', bootstrap: `[::1]:${v6.port}`, timeoutMs: 3000 });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining(`[::1]:${v6.port}`) } });
    expect(v6.accepted).toBeGreaterThan(0);
  }, 30_000);
});

describe('the allow list at connect time', () => {
  it('refuses an endpoint outside it without connecting', async () => {
    const target = await listen('127.0.0.1');
    const allow = EndpointAllowList.parse('127.0.0.1:1-1000');
    if (!allow.ok) throw new Error(allow.message);
    const result = await importLive({ from: 'kafka', bootstrap: `127.0.0.1:${target.port}`, timeoutMs: 3000 }, { allow: allow.list });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const byName = await importLive({ from: 'rabbitmq', url: `http://u:p@localhost:${target.port}/`, timeoutMs: 3000 }, { allow: allow.list });
    expect(byName).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(target.accepted).toBe(0);
  }, 30_000);

  it('checks the address a name resolves to, not the name', async () => {
    const target = await listen('127.0.0.1', (socket) => socket.destroy());
    const allow = EndpointAllowList.parse(`127.0.0.0/8:${target.port}`);
    if (!allow.ok) throw new Error(allow.message);
    await importLive({ from: 'kafka', bootstrap: `localhost:${target.port}`, timeoutMs: 3000 }, { allow: allow.list });
    expect(target.accepted).toBeGreaterThan(0);
  }, 30_000);
});
