import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNode, patchNode, type Design } from '../design';
import { templateDesign } from '../templates';
import { rabbitmqWorkQueue } from '../templates/rabbitmq-work-queue';
import { requireRabbitmq, startRabbitBroker, type RabbitBroker } from '../testing/rabbitmq-broker';
import { addLiveResource, adoptLiveValue } from './adopt-difference';
import { handleAudit } from './audit-handler';
import { operationKey, type Difference, type Operation, type Plan } from './drift';
import { applyRabbitmqCluster } from './rabbitmq-audit';
import { rabbitmqConnectionSchema } from './rabbitmq-connection';

/**
 * "Compare with cluster…" through the server's handler against a real
 * RabbitMQ (Debian's 3.10.8 with the management plugin, started here): the
 * studio's template on the canvas, a broker that drifted from it (two retry
 * TTLs changed, a queue nobody drew), the differences with their values, the
 * plan that blocks what it may not delete, an apply refused when not allowed
 * or when the plan changed since it was shown, and an apply of the reviewed
 * plan after which the audit finds nothing.
 */

requireRabbitmq('Audit route tests');

let broker: RabbitBroker;
let connection: { from: 'rabbitmq'; url: string; username: string; password: string; timeoutMs: number };
const LIVE = { QUEUEWRIGHT_LIVE_ALLOW: '127.0.0.1' };
const APPLY = { ...LIVE, QUEUEWRIGHT_APPLY_ALLOW: '127.0.0.1' };

interface Answer {
  ok: boolean;
  differences: Difference[];
  plan?: Plan;
  result?: { done: Operation[]; failed?: unknown; notDone: Operation[] };
  live?: Design;
  error?: { code: string; message: string };
}

async function call(body: object, env: Record<string, string> = APPLY): Promise<{ status: number; body: Answer }> {
  const request = new Request('http://127.0.0.1:3000/api/audit', { method: 'POST', headers: { host: '127.0.0.1:3000', 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const response = await handleAudit(request, { env, log: () => undefined });
  return { status: response.status, body: (await response.json()) as Answer };
}

const template = templateDesign(rabbitmqWorkQueue);
const setTtl = (d: Design, id: string, ttl: number) => patchNode(d, id, { arguments: { 'x-message-ttl': ttl } });
const line = (d: Difference) => `${d.kind} ${d.resource.type} ${d.resource.name}${d.setting ? ` ${d.setting} design=${d.design} live=${d.live}` : ''}`;

/** What the cluster runs: the template, with two TTLs changed by hand and a queue nobody drew. */
function drifted(): Design {
  const withAudit = addNode(setTtl(setTtl(template, 'jobs.retry.10s', 15_000), 'jobs.retry.60s', 90_000), 'rabbitmq-queue', {
    name: 'jobs.audit',
    props: { cluster: 'rabbitmq', type: 'quorum', arguments: { 'x-max-length': 1000 } },
  });
  return withAudit.design;
}

beforeAll(async () => {
  broker = await startRabbitBroker({ management: true });
  connection = { from: 'rabbitmq', url: `http://127.0.0.1:${broker.managementPort}/`, username: 'guest', password: 'guest', timeoutMs: 30_000 };
  const setUp = await applyRabbitmqCluster(rabbitmqConnectionSchema.parse(connection), drifted());
  expect(setUp.result.failed).toBeUndefined();
}, 180_000);

afterAll(async () => {
  await broker?.stop();
}, 60_000);

describe('the audit route on a real RabbitMQ', () => {
  it('compares the template with the drifted broker: values, sources, and the live resource to add', async () => {
    const { status, body } = await call({ action: 'audit', connection, design: template });
    expect(status).toBe(200);
    expect(body.differences.map(line)).toEqual([
      'differs queue jobs.retry.10s arguments.x-message-ttl design=10000 live=15000',
      'differs queue jobs.retry.60s arguments.x-message-ttl design=60000 live=90000',
      'only-in-cluster queue jobs.audit',
    ]);
    expect(body.differences[0].source).toBe('declared on the queue');
    expect(body.live?.nodes.find((n) => n.name === 'jobs.audit')).toMatchObject({ kind: 'rabbitmq-queue', type: 'quorum', arguments: { 'x-max-length': 1000 } });
  }, 60_000);

  it('plans, blocks the deletes nobody ticked, refuses an apply that is not allowed or not the reviewed plan, and applies the reviewed one', async () => {
    // The person adopts one live value, adds the queue nobody drew, and keeps the design's other TTL.
    const compared = (await call({ action: 'audit', connection, design: template })).body;
    const adopted = adoptLiveValue(template, compared.differences[0]);
    expect(adopted.ok).toBe(true);
    const added = adopted.ok ? addLiveResource(adopted.design, compared.live!, compared.differences[2]) : adopted;
    expect(added.ok).toBe(true);
    const design = added.ok ? added.design : template;

    const unticked = (await call({ action: 'plan', connection, design })).body;
    expect(unticked.plan).toMatchObject({ operations: [], blocked: [{ resource: { type: 'queue', name: 'jobs.retry.60s' }, why: expect.stringContaining('x-message-ttl 90000 → 60000') }] });
    const ticked = (await call({ action: 'plan', connection, design, allowDelete: ['queue:jobs.retry.60s'] })).body;
    const reviewed = ticked.plan!.operations.map(operationKey);
    expect(reviewed).toEqual(['delete-queue queue:jobs.retry.60s destructive', 'declare-queue queue:jobs.retry.60s safe', 'bind binding:jobs.retry>jobs.retry.60s:60s safe']);

    const notAllowed = await call({ action: 'apply', connection, design, allowDelete: ['queue:jobs.retry.60s'], reviewed }, LIVE);
    expect(notAllowed).toMatchObject({ status: 403, body: { error: { code: 'disabled' } } });
    const stale = await call({ action: 'apply', connection, design, allowDelete: ['queue:jobs.retry.60s'], reviewed: reviewed.slice(1) });
    expect(stale).toMatchObject({ status: 409, body: { ok: false, error: { code: 'plan-changed' } } });
    // Neither touched the broker.
    expect((await call({ action: 'audit', connection, design })).body.differences.map(line)).toEqual(['differs queue jobs.retry.60s arguments.x-message-ttl design=60000 live=90000']);

    const applied = await call({ action: 'apply', connection, design, allowDelete: ['queue:jobs.retry.60s'], reviewed });
    expect(applied.status).toBe(200);
    expect(applied.body.result).toMatchObject({ notDone: [] });
    expect(applied.body.result!.done.map(operationKey)).toEqual(reviewed);
    const after = await call({ action: 'plan', connection, design });
    expect(after.body.differences).toEqual([]);
    expect(after.body.plan).toEqual({ operations: [], blocked: [] });
  }, 120_000);

  it('says which credentials were refused, without the password', async () => {
    const wrong = await call({ action: 'audit', connection: { ...connection, password: 'not-the-password' }, design: template });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error!.message).toContain('refused the credentials');
    expect(JSON.stringify(wrong.body)).not.toContain('not-the-password');
  }, 60_000);
});
