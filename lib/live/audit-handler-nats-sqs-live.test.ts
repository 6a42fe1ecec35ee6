import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodesOfKind, patchNode, type Design } from '../design';
import { templateDesign } from '../templates';
import { natsWorkQueue } from '../templates/nats-work-queue';
import { snsSqsFifoFanout } from '../templates/sns-sqs-fifo-fanout';
import { requireMoto, startMotoServer, type MotoServer } from '../testing/moto-server';
import { requireNatsServer, startNatsServer, type NatsServer } from '../testing/nats-server';
import { handleAudit } from './audit-handler';
import { operationKey, type Difference, type Operation, type Plan } from './drift';

/**
 * "Compare with cluster…" through the server's handler for NATS JetStream (a
 * real nats-server) and SQS/SNS (moto): a template compared with an empty
 * server shows every resource as only in the design; the allow-list holds for
 * the connections these clients open; apply runs only where the operator
 * allowed it, and after applying the reviewed plan nothing differs but what
 * the plan said it would not do (SQS queues with a customer-managed key, and
 * the subscriptions that need them).
 */

requireNatsServer('Audit route tests for NATS');
requireMoto('Audit route tests for SQS/SNS');

interface Answer {
  differences: Difference[];
  plan?: Plan;
  result?: { done: Operation[]; failed?: unknown; notDone: Operation[] };
  error?: { code: string; message: string };
}

async function call(body: object, env: Record<string, string>): Promise<{ status: number; body: Answer }> {
  const request = new Request('http://127.0.0.1:3000/api/audit', { method: 'POST', headers: { host: '127.0.0.1:3000', 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const response = await handleAudit(request, { env, log: () => undefined });
  return { status: response.status, body: (await response.json()) as Answer };
}

let nats: NatsServer;
let moto: MotoServer;

beforeAll(async () => {
  [nats, moto] = await Promise.all([startNatsServer(), startMotoServer()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([nats?.stop(), moto?.stop()]);
}, 60_000);

/** The template's streams keep three replicas; the single test server holds one. */
function oneReplica(design: Design): Design {
  return nodesOfKind(design, 'nats-stream').reduce((d, s) => patchNode(d, s.id, { num_replicas: 1 }), design);
}

const cases = () => [
  {
    name: 'NATS JetStream',
    design: oneReplica(templateDesign(natsWorkQueue)),
    connection: { from: 'nats', url: nats.url, timeoutMs: 30_000 },
    port: new URL(nats.url).port,
    expectBlocked: [] as string[],
  },
  {
    name: 'SQS/SNS',
    design: templateDesign(snsSqsFifoFanout),
    connection: { from: 'sqs-sns', region: 'eu-west-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, timeoutMs: 30_000 },
    port: new URL(moto.endpoint).port,
    // Their customer-managed KMS key is the deployment's to give, so apply creates neither them nor what delivers into them.
    expectBlocked: ['analytics', 'billing', 'shipping'].flatMap((n) => [`sqs-queue:${n}-sns-dlq.fifo`, `subscription:order-events.fifo>${n}.fifo`]).sort(),
  },
];

describe('the audit route on NATS JetStream and SQS/SNS', () => {
  for (const index of [0, 1]) {
    it(`${index === 0 ? 'NATS JetStream' : 'SQS/SNS'}: compares, holds the allow-list, applies only where allowed, and matches after the reviewed apply`, async () => {
      const { design, connection, port, expectBlocked } = cases()[index];
      const here = `127.0.0.1:${port}`;
      const LIVE = { QUEUEWRIGHT_LIVE_ALLOW: here };
      const APPLY = { ...LIVE, QUEUEWRIGHT_APPLY_ALLOW: here };

      const compared = await call({ action: 'audit', connection, design }, LIVE);
      expect(compared.status).toBe(200);
      expect(compared.body.differences.length).toBeGreaterThan(0);
      expect(compared.body.differences.every((d) => d.kind === 'only-in-design')).toBe(true);

      // Another port on the same host is not on the operator's list: refused before any connection.
      const elsewhere = await call({ action: 'audit', connection, design }, { QUEUEWRIGHT_LIVE_ALLOW: '127.0.0.1:1' });
      expect(elsewhere).toMatchObject({ status: 403, body: { error: { code: 'not-allowed' } } });

      const planned = await call({ action: 'plan', connection, design }, LIVE);
      const reviewed = planned.body.plan!.operations.map(operationKey);
      expect(reviewed.length).toBeGreaterThan(0);
      expect(planned.body.plan!.operations.every((o) => o.safety === 'safe')).toBe(true);
      expect(planned.body.plan!.blocked.map((b) => `${b.resource.type}:${b.resource.name}`).sort()).toEqual(expectBlocked);

      const notAllowed = await call({ action: 'apply', connection, design, reviewed }, LIVE);
      expect(notAllowed).toMatchObject({ status: 403, body: { error: { code: 'disabled' } } });
      expect((await call({ action: 'audit', connection, design }, LIVE)).body.differences).toEqual(compared.body.differences);

      const applied = await call({ action: 'apply', connection, design, reviewed }, APPLY);
      expect(applied.status).toBe(200);
      expect(applied.body.result).toMatchObject({ notDone: [] });
      expect(applied.body.result!.done.map(operationKey)).toEqual(reviewed);
      const after = await call({ action: 'plan', connection, design }, LIVE);
      const blocked = planned.body.plan!.blocked;
      expect(after.body.plan).toEqual({ operations: [], blocked });
      expect(after.body.differences.map((d) => `${d.kind} ${d.resource.type}:${d.resource.name}`)).toEqual(blocked.map((b) => `only-in-design ${b.resource.type}:${b.resource.name}`));
    }, 120_000);
  }
});
