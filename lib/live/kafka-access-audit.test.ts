import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { KAFKA_TOOL_CLASSES } from '../testing/kafka-tools';
import { operationKey, type Operation } from './drift';
import { handleAudit } from './audit-handler';
import { applyKafkaPlan } from './kafka-apply';
import { importLive } from './import-live';
import { ConnectionGuard } from './connection-guard';
import { withAdmin } from './kafka-admin';
import { applyKafkaCluster, auditKafka, planKafkaCluster } from './kafka-audit';
import { kafkaConnectionSchema } from './kafka-connection';
import { LiveImportError } from './live-error';
import { broker, connection, create, design, designDoc, liveTopic, READER, scope, summary, USER, useAuditBroker } from '../testing/kafka-audit-broker';

/**
 * How the Kafka audit is reached, against one real Kafka 4.x broker: it only
 * reads, the studio's route and the command line, an unreachable bootstrap,
 * SASL credentials and a principal with only read rights. What plans and
 * applies do is in kafka-audit.test.ts.
 */

useAuditBroker();

describe('reaching the Kafka audit on a real broker', () => {
  it("audit sends no write request: every Kafka API it calls is a read (counted on the client's diagnostics channel)", async () => {
    await create('s15-a', 1, { 'retention.ms': '1000' });
    const d = design([{ name: 's15-a', partitions: 3, config: { 'retention.ms': 5000 } }, { name: 's15-new' }]);
    const keys: number[] = [];
    const onStart = (message: unknown) => keys.push((message as { apiKey: number }).apiKey);
    subscribe('tracing:plt:kafka:connections:api:start', onStart);
    try {
      const audit = await auditKafka(connection, d, scope('s15-'));
      expect(audit.differences).toHaveLength(3);
    } finally {
      unsubscribe('tracing:plt:kafka:connections:api:start', onStart);
    }
    // Metadata 3, DescribeConfigs 32, ListGroups 16, FindCoordinator 10, DescribeGroups 15, ConsumerGroupDescribe 69, ApiVersions 18.
    const READS = new Set([3, 32, 16, 10, 15, 69, 18]);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !READS.has(k))).toEqual([]);
    const topic = await liveTopic('s15-a');
    expect(topic.partitions).toBe(1);
    expect(topic.configs['retention.ms'].value).toBe('1000');
    expect(await liveTopic('s15-new')).toBeUndefined();
  }, 120_000);

  it("compares and applies through the studio's route, held to the operator's allow-lists", async () => {
    const doc = designDoc([{ name: 's21-route', partitions: 2 }]);
    const port = broker.bootstrap.split(':')[1];
    const call = async (body: object, env: Record<string, string>) => {
      const request = new Request('http://127.0.0.1:3000/api/audit', {
        method: 'POST',
        headers: { host: '127.0.0.1:3000', 'content-type': 'application/json' },
        body: JSON.stringify({ connection: { from: 'kafka', bootstrap: broker.bootstrap, timeoutMs: 30_000 }, design: doc, prefix: 's21-', ...body }),
      });
      const response = await handleAudit(request, { env, log: () => undefined });
      return {
        status: response.status,
        body: (await response.json()) as { differences?: unknown[]; plan?: { operations: Operation[] }; result?: { done: Operation[]; notDone: Operation[] }; error?: { code: string } },
      };
    };
    const LIVE = { QUEUEWRIGHT_LIVE_ALLOW: `127.0.0.1:${port}` };
    // Another port of the same host is not on the list: refused before any connection.
    expect(await call({ action: 'audit' }, { QUEUEWRIGHT_LIVE_ALLOW: '127.0.0.1:1' })).toMatchObject({ status: 403, body: { error: { code: 'not-allowed' } } });
    const audited = await call({ action: 'audit' }, LIVE);
    expect(audited).toMatchObject({ status: 200, body: { differences: [{ kind: 'only-in-design', resource: { type: 'topic', name: 's21-route' } }] } });
    const planned = await call({ action: 'plan' }, LIVE);
    const reviewed = planned.body.plan!.operations.map(operationKey);
    expect(reviewed).toEqual(['create-topic topic:s21-route safe']);
    expect(await call({ action: 'apply', reviewed }, LIVE)).toMatchObject({ status: 403 });
    expect(await liveTopic('s21-route')).toBeUndefined();
    const applied = await call({ action: 'apply', reviewed }, { ...LIVE, QUEUEWRIGHT_APPLY_ALLOW: `127.0.0.1:${port}` });
    expect(applied).toMatchObject({ status: 200, body: { result: { notDone: [] } } });
    expect((await liveTopic('s21-route')).partitions).toBe(2);
    expect((await call({ action: 'audit' }, LIVE)).body.differences).toEqual([]);
  }, 120_000);

  it('says clearly when nothing answers at the bootstrap address', async () => {
    const dead = kafkaConnectionSchema.parse({ bootstrap: '127.0.0.1:1', timeoutMs: 5000 });
    const error = await auditKafka(dead, design([{ name: 'x' }])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LiveImportError);
    expect((error as LiveImportError).code).toBe('unreachable');
    expect((error as LiveImportError).message).toMatch(/127\.0\.0\.1:1.*connection refused/);
  }, 60_000);

  it('the command line: audit and plan exit 1 on drift, apply without --yes changes nothing, apply --yes fixes it, then both exit 0; --format json is a list', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-audit-cli-'));
    try {
      writeFileSync(path.join(dir, 'd.json'), JSON.stringify(designDoc([{ name: 's16-cli', partitions: 2, config: { 'retention.ms': 600_000 } }])));
      const cli = async (...args: string[]) => {
        let stdout = '';
        let stderr = '';
        const code = await main([...args, '--bootstrap', broker.bootstrap, '--prefix', 's16-'], {
          cwd: dir,
          stdout: { write: (t: string) => (stdout += t) },
          stderr: { write: (t: string) => (stderr += t) },
          env: {},
        });
        return { code, stdout, stderr };
      };
      const audit = await cli('audit', 'd.json', '--format', 'json');
      expect(audit.code).toBe(1);
      expect(JSON.parse(audit.stdout)).toEqual([{ kind: 'only-in-design', resource: { type: 'topic', name: 's16-cli' } }]);
      const plan = await cli('plan', 'd.json', '--format', 'json');
      expect(plan.code).toBe(1);
      expect(JSON.parse(plan.stdout)).toEqual([expect.objectContaining({ action: 'create-topic', safety: 'safe', status: 'planned' })]);
      const dry = await cli('apply', 'd.json');
      expect(dry.code).toBe(1);
      expect(dry.stderr).toMatch(/nothing was applied; run again with --yes/);
      expect(await liveTopic('s16-cli')).toBeUndefined();
      const applied = await cli('apply', 'd.json', '--yes');
      expect(applied).toMatchObject({ code: 0, stdout: expect.stringMatching(/^done: \[safe\] create-topic topic s16-cli .*\n1 done\.\n$/) });
      expect((await cli('audit', 'd.json')).stdout).toBe('The cluster matches the design.\n');
      expect((await cli('plan', 'd.json')).code).toBe(0);
      expect((await cli('apply', 'd.json', '--yes')).stdout).toBe('0 done.\n');
      const bad = await cli('audit', 'd.json', '--allow-delete', 'orders');
      expect(bad).toMatchObject({ code: 2, stderr: expect.stringMatching(/--allow-delete takes resources as type:name/) });
      let stderr = '';
      const unreachable = await main(['audit', 'd.json', '--bootstrap', '127.0.0.1:1', '--timeout', '5'], {
        cwd: dir,
        stdout: { write: () => true },
        stderr: { write: (t: string) => (stderr += t) },
        env: {},
      });
      expect(unreachable).toBe(2);
      expect(stderr).toMatch(/Nothing answers at 127\.0\.0\.1:1 \(connection refused\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('SASL: the right credentials audit; wrong ones end in a clear auth error that does not repeat the password', async () => {
    const d = design([{ name: 's17-sasl' }]);
    const ok = kafkaConnectionSchema.parse({ bootstrap: broker.saslBootstrap, sasl: { mechanism: 'plain', ...USER }, timeoutMs: 20_000 });
    expect((await auditKafka(ok, d, scope('s17-'))).differences).toEqual([{ kind: 'only-in-design', resource: { type: 'topic', name: 's17-sasl' } }]);
    const wrong = kafkaConnectionSchema.parse({ bootstrap: broker.saslBootstrap, sasl: { mechanism: 'plain', username: USER.username, password: 'not-the-Pa55word' }, timeoutMs: 20_000 });
    const error = await auditKafka(wrong, d, scope('s17-')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LiveImportError);
    expect((error as LiveImportError).code).toBe('auth');
    expect((error as LiveImportError).message).not.toContain('not-the-Pa55word');
  }, 120_000);

  it('audit needs only read rights: as a user granted only Describe, DescribeConfigs and Read it reports the drift; apply is refused by the broker and changes nothing', async () => {
    const acl = async (...args: string[]) => {
      const result = await broker.tool(KAFKA_TOOL_CLASSES['kafka-acls.sh'], ['--bootstrap-server', broker.bootstrap, '--add', '--allow-principal', `User:${READER.username}`, ...args], {
        timeoutMs: 60_000,
      });
      if (result.code !== 0) throw new Error(`kafka-acls.sh ${args.join(' ')} failed:\n${result.stderr}`);
    };
    await Promise.all([
      acl('--operation', 'Describe', '--operation', 'DescribeConfigs', '--cluster'),
      acl('--operation', 'Describe', '--operation', 'DescribeConfigs', '--operation', 'Read', '--topic', '*'),
      acl('--operation', 'Describe', '--operation', 'Read', '--group', '*'),
    ]);
    await create('s20-orders', 1, { 'retention.ms': '3600000' });
    const d = design([
      { name: 's20-orders', partitions: 2, config: { 'retention.ms': 7_200_000 } },
      { name: 's20-new', partitions: 1 },
    ]);
    const reader = kafkaConnectionSchema.parse({ bootstrap: broker.saslBootstrap, sasl: { mechanism: 'plain', ...READER }, timeoutMs: 20_000 });

    const audit = await auditKafka(reader, d, scope('s20-'));
    expect(audit.problems).toEqual([]);
    expect(audit.differences.map((x) => `${x.kind} ${x.resource.name}`).sort()).toEqual(['differs s20-orders', 'differs s20-orders', 'only-in-design s20-new']);
    // What the reader sees is what a super user sees.
    expect(audit.differences).toEqual((await auditKafka(connection, d, scope('s20-'))).differences);

    // Kafka checks rights before it validates: every operation of the plan is refused for this user.
    const plan = await planKafkaCluster(reader, d, scope('s20-'));
    expect(summary(plan.plan.operations).sort()).toEqual(['add-partitions s20-orders disruptive', 'alter-configs s20-orders safe', 'create-topic s20-new safe']);
    for (const op of plan.plan.operations) expect(op.refused, op.action).toMatch(/Authorization failed|TOPIC_AUTHORIZATION_FAILED/);
    const applied = await applyKafkaCluster(reader, d, scope('s20-'));
    expect(applied.result.done).toEqual([]);
    expect(applied.result.failed?.error).toMatch(/refused it in validation: .*Authorization failed/);

    // Past validation too: each write itself, sent as this user, is refused by the broker.
    const unvalidated = plan.plan.operations.map(({ refused: _, ...op }) => op);
    const refusals = await withAdmin(reader, new ConnectionGuard({ budgetBytes: 16 * 1048576 }), async (readerAdmin) => {
      const out: string[] = [];
      for (const op of unvalidated) {
        const result = await applyKafkaPlan(readerAdmin, { operations: [op], blocked: [] });
        expect(result.done, op.action).toEqual([]);
        out.push(result.failed?.error ?? 'applied');
      }
      return out;
    });
    expect(refusals).toHaveLength(3);
    for (const refusal of refusals) expect(refusal).toMatch(/TOPIC_AUTHORIZATION_FAILED/);

    // Nothing changed: read back as the super user.
    const topic = await liveTopic('s20-orders');
    expect(topic.partitions).toBe(1);
    expect(topic.configs['retention.ms']).toEqual({ value: '3600000', source: 'set on the topic' });
    expect(await liveTopic('s20-new')).toBeUndefined();

    // The live import needs no more than the audit.
    const imported = await importLive({ from: 'kafka', bootstrap: broker.saslBootstrap, sasl: { mechanism: 'plain', ...READER } });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.design.nodes.find((n) => n.kind === 'kafka-topic' && n.name === 's20-orders')).toMatchObject({ partitions: 1, config: { 'retention.ms': 3_600_000 } });
    expect(imported.report.filter((r) => r.path.startsWith('problems'))).toEqual([]);
  }, 180_000);
});
