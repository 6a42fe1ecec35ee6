import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from './attempt-log';
import { handleAudit } from './audit-handler';
import { MAX_AUDIT_BODY_BYTES } from './audit-request';

/**
 * The audit route's own checks, before any connection is made (the gate it
 * shares with the import is proven in import-handler.test.ts and
 * e2e/server-security.spec.ts). Against a real RabbitMQ: audit-handler-live.test.ts.
 */

const URL_ = 'http://localhost:3000/api/audit';
const LIVE = { QUEUEWRIGHT_LIVE_ALLOW: '10.0.0.0/8' };
const APPLY = { ...LIVE, QUEUEWRIGHT_APPLY_ALLOW: '10.0.0.7' };
const DESIGN = { queuewright: 2, nodes: [{ kind: 'rabbitmq-queue', id: 'q', name: 'q' }] };
const rabbit = (host = '10.0.0.7') => ({ from: 'rabbitmq', url: `http://${host}:15672/`, username: 'u', password: 'secret-pw' });

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(URL_, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { host: 'localhost:3000', 'content-type': 'application/json', ...headers } });
}

async function call(request: Request, env: Record<string, string> = LIVE) {
  const logged: AttemptRecord[] = [];
  const response = await handleAudit(request, { env, log: (r) => logged.push(r), sleepUntil: async () => undefined });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as { ok: boolean; enabled?: boolean; apply?: boolean; error?: { code: string; message: string } }, text, logged };
}

describe('handleAudit', () => {
  it('says on GET whether comparing and applying are on', async () => {
    expect((await call(new Request(URL_), {})).body).toEqual({ enabled: false, apply: false, sources: [] });
    expect((await call(new Request(URL_), LIVE)).body).toEqual({ enabled: true, apply: false, sources: ['kafka', 'rabbitmq', 'nats', 'sqs-sns'] });
    expect((await call(new Request(URL_), APPLY)).body).toEqual({ enabled: true, apply: true, sources: ['kafka', 'rabbitmq', 'nats', 'sqs-sns'] });
  });

  it('is off until the operator allows endpoints, and says how to turn it on', async () => {
    const off = await call(post({ action: 'audit', connection: rabbit(), design: DESIGN }), {});
    expect(off).toMatchObject({ status: 403, body: { error: { code: 'disabled', message: expect.stringContaining('QUEUEWRIGHT_LIVE_ALLOW') } } });
  });

  it('refuses a body that is not JSON, too large, or from another site', async () => {
    expect(await call(post('{"action":'))).toMatchObject({ status: 400, body: { error: { message: 'The request is not valid JSON.' } } });
    const huge = JSON.stringify({ action: 'audit', connection: rabbit(), design: { ...DESIGN, notes: 'x'.repeat(MAX_AUDIT_BODY_BYTES) } });
    expect(await call(post(huge))).toMatchObject({ status: 413, body: { error: { message: 'The request is larger than 4 MB.' } } });
    expect(await call(post(huge, { 'content-length': '1' }))).toMatchObject({ status: 413 });
    expect(await call(post({ action: 'audit', connection: rabbit(), design: DESIGN }, { origin: 'https://evil.example' }))).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await call(post({ action: 'audit', connection: rabbit(), design: DESIGN }, { 'content-type': 'text/plain' }))).toMatchObject({ status: 415 });
  });

  it('says what is wrong in a request and where, without repeating the password', async () => {
    const bad = await call(post({ action: 'destroy', connection: { ...rabbit(), url: '' }, design: DESIGN, allowDelete: ['orders'] }));
    expect(bad.status).toBe(400);
    expect(bad.body.error!.message).toMatch(/^The request is not valid: /);
    expect(bad.body.error!.message).toContain('action: ');
    expect(bad.body.error!.message).toContain('connection.url: ');
    expect(bad.body.error!.message).toContain('allowDelete.0: each is type:name');
    expect(bad.text).not.toContain('secret-pw');
    const design = await call(post({ action: 'audit', connection: rabbit(), design: { queuewright: 2, nodes: [{ kind: 'rabbitmq-queue', id: 'q', name: 'q', arguments: { 'x-max-length': -3 } }] } }));
    expect(design).toMatchObject({ status: 400, body: { error: { code: 'invalid-input', message: expect.stringMatching(/^The design is not valid: .*nodes\[0\]\.arguments\.x-max-length/s) } } });
    const stranger = await call(post({ action: 'audit', connection: rabbit(), design: DESIGN, extra: 1 }));
    expect(stranger.body.error!.message).toContain('Unrecognized key');
  });

  it('connects to no endpoint the operator did not allow', async () => {
    const outside = await call(post({ action: 'audit', connection: rabbit('192.0.2.1'), design: DESIGN }));
    expect(outside).toMatchObject({ status: 403, body: { error: { code: 'not-allowed', message: expect.stringContaining('192.0.2.1:15672') } } });
    expect(outside.logged).toEqual([expect.objectContaining({ action: 'live-audit', outcome: 'not-allowed', target: 'http://192.0.2.1:15672/' })]);
  });

  it('refuses apply unless the operator allows it for that cluster, and an apply without a reviewed plan', async () => {
    const apply = { action: 'apply', connection: rabbit(), design: DESIGN, reviewed: [] };
    const off = await call(post(apply), LIVE);
    expect(off).toMatchObject({ status: 403, body: { error: { code: 'disabled', message: expect.stringContaining('QUEUEWRIGHT_APPLY_ALLOW') } } });
    const readOnly = await call(post({ ...apply, connection: rabbit('10.0.0.8') }), APPLY);
    expect(readOnly).toMatchObject({ status: 403, body: { error: { code: 'not-allowed', message: expect.stringContaining('may read but not change 10.0.0.8:15672') } } });
    expect(readOnly.logged).toEqual([expect.objectContaining({ action: 'live-apply', outcome: 'not-allowed' })]);
    const unreviewed = await call(post({ ...apply, reviewed: undefined }), APPLY);
    expect(unreviewed).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('reviewed: an apply lists the operations that were reviewed') } } });
  });

  it('holds a Kafka comparison to the allow-list too: its client connects only through the guard', async () => {
    const kafka = await call(
      post({ action: 'audit', connection: { from: 'kafka', bootstrap: '192.0.2.1:9092' }, design: { queuewright: 2, nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders' }] } }),
    );
    expect(kafka).toMatchObject({ status: 403, body: { error: { code: 'not-allowed', message: expect.stringContaining('192.0.2.1:9092') } } });
  });

  it("answers an unreachable cluster in the import's one opaque message", async () => {
    // 10.255.255.1 is allowed and routes nowhere: the read times out.
    const silent = await call(post({ action: 'audit', connection: { ...rabbit('10.255.255.1'), timeoutMs: 1000 }, design: DESIGN }));
    expect(silent).toMatchObject({ status: 502, body: { error: { code: 'unreachable', message: expect.stringContaining('Could not read a RabbitMQ management API at http://10.255.255.1:15672/') } } });
  });
});
