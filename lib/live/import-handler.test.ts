import { describe, expect, it } from 'vitest';
import { freePort } from '../testing/ports';
import type { AttemptRecord } from './attempt-log';
import { handleLiveImport, MAX_BODY_BYTES } from './import-handler';

/**
 * The route's own checks, before any connection is made. The same route
 * against the running server on loopback (rebinding, scan timing, budget,
 * cap): e2e/server-security.spec.ts; against real brokers: kafka-live.test.ts.
 */

const URL_ = 'http://localhost:3000/api/import/cluster';
const ON = { QUEUEWRIGHT_LIVE_ALLOW: '10.0.0.0/8:9092' };

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request(URL_, { method: 'POST', body, headers: { host: 'localhost:3000', 'content-type': 'application/json', ...headers } });
}

async function call(request: Request, env: Record<string, string> = ON) {
  const logged: AttemptRecord[] = [];
  const response = await handleLiveImport(request, { env, log: (r) => logged.push(r) });
  const body = (await response.json()) as { ok: boolean; enabled?: boolean; error?: { code: string; message: string } };
  return { status: response.status, body, cache: response.headers.get('cache-control'), logged };
}

const kafka = (bootstrap: string, extra: Record<string, unknown> = {}) => JSON.stringify({ from: 'kafka', bootstrap, ...extra });

describe('handleLiveImport', () => {
  it('is off unless the operator allows endpoints, and says so on GET', async () => {
    expect(await call(post(kafka('10.0.0.1:9092')), {})).toMatchObject({ status: 403, body: { ok: false, error: { code: 'disabled', message: expect.stringContaining('QUEUEWRIGHT_LIVE_ALLOW') } } });
    expect((await call(new Request(URL_, { method: 'GET' }), {})).body).toEqual({ enabled: false, sources: [] });
    expect((await call(new Request(URL_, { method: 'GET' }))).body).toEqual({ enabled: true, sources: ['kafka', 'rabbitmq', 'nats', 'sqs-sns'] });
  });

  it('says which setting cannot be read, never falling back to a default', async () => {
    const result = await call(post(kafka('10.0.0.1:9092')), { QUEUEWRIGHT_LIVE_ALLOW: '10.0.0.0/33' });
    expect(result).toMatchObject({ status: 503, body: { error: { code: 'misconfigured', message: expect.stringContaining('QUEUEWRIGHT_LIVE_ALLOW: entry 1 ("10.0.0.0/33")') } } });
    expect((await call(post(kafka('10.0.0.1:9092')), { ...ON, QUEUEWRIGHT_LIVE_PER_MINUTE: 'lots' })).body.error?.message).toContain('QUEUEWRIGHT_LIVE_PER_MINUTE must be a whole number');
  });

  it('refuses a host name or origin that is not the studio’s (DNS rebinding), before reading anything', async () => {
    const rebound = await call(post(kafka('10.0.0.1:9092'), { host: 'evil.example:3300', origin: 'http://evil.example:3300' }));
    expect(rebound).toMatchObject({ status: 403, body: { ok: false, error: { code: 'forbidden' } }, cache: 'no-store' });
    expect(rebound.logged).toEqual([expect.objectContaining({ outcome: 'forbidden-origin', status: 403 })]);
    expect((await call(post(kafka('10.0.0.1:9092'), { origin: 'https://evil.example' }))).status).toBe(403);
    expect((await call(post(kafka('10.0.0.1:9092'), { 'sec-fetch-site': 'cross-site' }))).status).toBe(403);
  });

  it('behind a proxy that rewrites Host, the public origin the operator lists is accepted', async () => {
    const env = { ...ON, QUEUEWRIGHT_ALLOWED_HOSTS: 'studio.example.com, 127.0.0.1:3000' };
    const request = post(kafka('192.0.2.1:9092'), { host: '127.0.0.1:3000', origin: 'https://studio.example.com' });
    // Past the origin check: refused only because the endpoint is not allowed.
    expect((await call(request, env)).body.error?.code).toBe('not-allowed');
  });

  it('refuses endpoints the operator does not allow, naming them, without connecting', async () => {
    const result = await call(post(kafka('10.0.0.1:9092,192.0.2.1:9092')));
    expect(result).toMatchObject({ status: 403, body: { error: { code: 'not-allowed', message: expect.stringContaining('may not connect to 192.0.2.1:9092.') } } });
    expect(result.logged).toEqual([expect.objectContaining({ outcome: 'not-allowed', target: '10.0.0.1:9092,192.0.2.1:9092' })]);
    expect((await call(post(kafka('10.0.0.1:9093')))).body.error?.code).toBe('not-allowed');
    expect((await call(post(JSON.stringify({ from: 'rabbitmq', url: 'http://u:p@169.254.169.254/latest/' })))).body.error?.code).toBe('not-allowed');
    expect((await call(post(JSON.stringify({ from: 'nats', url: 'nats://192.0.2.1:4222' })))).body).toMatchObject({
      error: { code: 'not-allowed', message: expect.stringContaining('nats://192.0.2.1:4222') },
    });
    const aws = { from: 'sqs-sns', region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 's' } };
    expect((await call(post(JSON.stringify(aws)))).body).toMatchObject({
      error: { code: 'not-allowed', message: expect.stringContaining('https://sqs.eu-west-1.amazonaws.com, https://sns.eu-west-1.amazonaws.com') },
    });
    expect((await call(post(JSON.stringify({ ...aws, endpoint: 'http://169.254.169.254' })))).body.error?.code).toBe('not-allowed');
  });

  it('refuses what is not JSON, too large, or malformed', async () => {
    expect((await call(post('{}', { 'content-type': 'text/plain' }))).status).toBe(415);
    expect((await call(post(JSON.stringify({ from: 'kafka', bootstrap: 'b:9092', pad: 'x'.repeat(MAX_BODY_BYTES) })))).status).toBe(413);
    expect(await call(post('{"from":'))).toMatchObject({ status: 400, body: { error: { message: 'The request is not valid JSON.' } } });
  });

  it('answers a refused request with the field, never the value, and logs no secret', async () => {
    const result = await call(post(kafka('nope', { sasl: { mechanism: 'plain', username: 'u', password: 'Hunter2-pw' } })));
    expect(result).toMatchObject({ status: 400, body: { ok: false, error: { code: 'invalid-input', message: expect.stringContaining('bootstrap') } } });
    const refused = await call(post(kafka('192.0.2.1:9092', { sasl: { mechanism: 'plain', username: 'admin-user', password: 'Hunter2-pw' } })));
    expect(JSON.stringify([result, refused])).not.toContain('Hunter2-pw');
    expect(JSON.stringify(refused.logged)).not.toContain('admin-user');
  });

  it('an allowed endpoint that refuses gets the one message for every network failure, held to the deadline', async () => {
    const port = await freePort();
    const held: number[] = [];
    const started = Date.now();
    const response = await handleLiveImport(post(kafka(`127.0.0.1:${port}`, { timeoutMs: 1000 })), {
      env: { QUEUEWRIGHT_LIVE_ALLOW: '127.0.0.1' },
      log: () => undefined,
      sleepUntil: async (time) => void held.push(time),
    });
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'unreachable', message: expect.stringContaining(`Could not read a Kafka cluster at 127.0.0.1:${port}: nothing there answered`) },
    });
    expect(held).toHaveLength(1);
    expect(held[0]).toBeGreaterThanOrEqual(started + 1000);
  });

  it('only GET and POST', async () => {
    expect((await call(new Request(URL_, { method: 'PUT', headers: { host: 'localhost:3000' } }))).status).toBe(405);
  });
});
