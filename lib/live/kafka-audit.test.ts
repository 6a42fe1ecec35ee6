import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { Admin } from '@platformatic/kafka';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDesign } from '../design/read-design';
import { main } from '../../cli/main';
import type { Design } from '../design';
import { startKafkaBroker, type KafkaBroker } from '../testing/kafka-broker';
import { KAFKA_TOOL_CLASSES, requireKafka, toolCommand } from '../testing/kafka-tools';
import { operationKey, type Operation } from './drift';
import { handleAudit } from './audit-handler';
import { applyKafkaPlan } from './kafka-apply';
import { importLive } from './import-live';
import { ConnectionGuard } from './connection-guard';
import { withAdmin } from './kafka-admin';
import { applyKafkaCluster, auditKafka, planKafkaCluster } from './kafka-audit';
import { readKafkaClusterState } from './kafka-cluster-state';
import { kafkaConnectionSchema, type KafkaConnection } from './kafka-connection';
import { LiveImportError } from './live-error';

/**
 * Audit, plan and apply against one real Kafka 4.x broker (KRaft, started
 * here, num.partitions=3 so "the cluster's default" is visible). Each scenario
 * owns the topics under its own prefix and audits only that prefix, so the
 * scenarios share the broker without seeing each other. Every scenario checks
 * the plan's classification, the effect on the broker (read back with a
 * separate admin client), and that an audit after the apply finds nothing and
 * a second apply does nothing. The broker runs KRaft's StandardAuthorizer with
 * no access without an ACL: the harness (PLAINTEXT) and USER are super users,
 * READER is granted only what reading needs.
 */

requireKafka('Kafka audit tests');
const USER = { username: 'auditor', password: 'aud1t-s3cret' };
/** A principal granted only Describe, DescribeConfigs and Read (on the cluster, every topic and every group). */
const READER = { username: 'reader', password: 're4d-0nly' };

let broker: KafkaBroker;
let admin: Admin;
let connection: KafkaConnection;
const consumers: ChildProcess[] = [];

interface TopicDoc {
  name: string;
  partitions?: number;
  replicationFactor?: number;
  config?: Record<string, string | number | boolean>;
}

/** A design with these topics (and consumer groups reading the first topic). */
function designDoc(topics: TopicDoc[], groups: string[] = [], clusterConfig: Record<string, unknown> = {}) {
  return {
    queuewright: 2,
    clusters: [{ id: 'main', name: 'Main', broker: 'kafka', config: clusterConfig }],
    nodes: [
      ...topics.map((t) => ({ ...t, kind: 'kafka-topic', id: `t-${t.name}`, cluster: 'main' })),
      ...groups.map((g) => ({ kind: 'consumer-group', id: `g-${g}`, name: g, groupId: g })),
    ],
    connections: groups.map((g) => ({ id: `c-${g}`, kind: 'consume', from: `t-${topics[0].name}`, to: `g-${g}` })),
  };
}

function design(topics: TopicDoc[], groups: string[] = [], clusterConfig: Record<string, unknown> = {}): Design {
  const read = readDesign(JSON.stringify(designDoc(topics, groups, clusterConfig)));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.design;
}

async function liveTopic(name: string) {
  const state = await readKafkaClusterState(admin, { include: (n) => n === name });
  return state.topics[0];
}

/** Creates a topic behind the audit's back, and waits until the broker's metadata shows it (it lags the controller under load). */
async function create(name: string, partitions: number, configs: Record<string, string> = {}) {
  await admin.createTopics({ topics: [name], partitions, replicas: 1, configs: Object.entries(configs).map(([n, value]) => ({ name: n, value })) });
  for (let i = 0; i < 120 && !(await admin.listTopics()).includes(name); i++) await new Promise((r) => setTimeout(r, 250));
  const shown = async () => {
    const topic = await liveTopic(name);
    return topic !== undefined && Object.entries(configs).every(([key, value]) => topic.configs[key]?.value === value && topic.configs[key].source === 'set on the topic');
  };
  for (let i = 0; i < 120 && !(await shown()); i++) await new Promise((r) => setTimeout(r, 250));
}

const scope = (prefix: string) => ({ scope: { prefix } });
const summary = (ops: Operation[]) => ops.map((o) => `${o.action} ${o.resource.name} ${o.safety}`);

/** Applies, then checks the cluster now matches: no drift, and a second apply plans nothing. */
async function applyAndSettle(d: Design, prefix: string, allowDelete: string[] = []) {
  const applied = await applyKafkaCluster(connection, d, { ...scope(prefix), allowDelete: new Set(allowDelete) });
  expect(applied.result.failed).toBeUndefined();
  const after = await auditKafka(connection, d, scope(prefix));
  const again = await planKafkaCluster(connection, d, { ...scope(prefix), allowDelete: new Set(allowDelete) });
  return { applied, after, again };
}

beforeAll(async () => {
  broker = await startKafkaBroker({ saslUsers: [USER, READER], authorizer: { superUsers: [USER.username] }, serverProperties: { 'num.partitions': '3' } });
  connection = kafkaConnectionSchema.parse({ bootstrap: broker.bootstrap, timeoutMs: 30_000 });
  admin = new Admin({ clientId: 'qw-audit-test', bootstrapBrokers: [broker.bootstrap], retries: 3, timeout: 20_000 });
}, 180_000);

afterAll(async () => {
  for (const c of consumers) c.kill('SIGTERM');
  await admin?.close();
  await broker?.stop();
}, 60_000);

describe('Kafka audit, plan and apply on a real broker', () => {
  it('creates a missing topic with the design partitions and configs (safe), then finds no drift and plans nothing', async () => {
    const d = design([{ name: 's1-orders', partitions: 6, config: { 'retention.ms': 86_400_000, 'cleanup.policy': 'compact,delete' } }]);
    const before = await auditKafka(connection, d, scope('s1-'));
    expect(before.differences).toEqual([{ kind: 'only-in-design', resource: { type: 'topic', name: 's1-orders' } }]);
    const plan = await planKafkaCluster(connection, d, scope('s1-'));
    expect(summary(plan.plan.operations)).toEqual(['create-topic s1-orders safe']);
    expect(plan.plan.operations[0].refused).toBeUndefined();
    expect(await liveTopic('s1-orders')).toBeUndefined();
    const { after, again } = await applyAndSettle(d, 's1-');
    const topic = await liveTopic('s1-orders');
    expect(topic.partitions).toBe(6);
    expect(topic.configs['retention.ms']).toEqual({ value: '86400000', source: 'set on the topic' });
    expect(topic.configs['cleanup.policy'].value).toBe('compact,delete');
    expect(after.differences).toEqual([]);
    expect(again.plan).toEqual({ operations: [], blocked: [] });
  }, 120_000);

  it('leaves unset partitions to the cluster (num.partitions=3 here) and does not call that drift', async () => {
    const d = design([{ name: 's2-events' }]);
    const { applied, after } = await applyAndSettle(d, 's2-');
    expect(applied.plan.operations[0].details).toMatchObject({ partitions: 'cluster default', replicationFactor: 'cluster default' });
    expect((await liveTopic('s2-events')).partitions).toBe(3);
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('grows partitions in place, marked disruptive because keys move partition', async () => {
    await create('s3-clicks', 2);
    const d = design([{ name: 's3-clicks', partitions: 5 }]);
    const audit = await auditKafka(connection, d, scope('s3-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'topic', name: 's3-clicks' }, setting: 'partitions', design: '5', live: '2', source: 'set on the topic' }]);
    const plan = await planKafkaCluster(connection, d, scope('s3-'));
    expect(summary(plan.plan.operations)).toEqual(['add-partitions s3-clicks disruptive']);
    expect(plan.plan.operations[0].why).toMatch(/different partition/);
    const { after, again } = await applyAndSettle(d, 's3-');
    expect((await liveTopic('s3-clicks')).partitions).toBe(5);
    expect(after.differences).toEqual([]);
    expect(again.plan.operations).toEqual([]);
  }, 120_000);

  it('refuses to shrink partitions without --allow-delete: blocked, nothing changes', async () => {
    await create('s4-big', 4);
    const d = design([{ name: 's4-big', partitions: 2 }]);
    const plan = await planKafkaCluster(connection, d, scope('s4-'));
    expect(plan.plan.operations).toEqual([]);
    expect(plan.plan.blocked).toEqual([{ resource: { type: 'topic', name: 's4-big' }, why: expect.stringMatching(/cannot take partitions away \(4 → 2\).*--allow-delete topic:s4-big/) }]);
    const applied = await applyKafkaCluster(connection, d, scope('s4-'));
    expect(applied.result.done).toEqual([]);
    expect((await liveTopic('s4-big')).partitions).toBe(4);
  }, 120_000);

  it('with --allow-delete, shrinking is delete and re-create, both destructive first', async () => {
    await create('s5-big', 4, { 'retention.ms': '1000000' });
    const d = design([{ name: 's5-big', partitions: 2, config: { 'retention.ms': 2_000_000 } }]);
    const plan = await planKafkaCluster(connection, d, { ...scope('s5-'), allowDelete: new Set(['topic:s5-big']) });
    expect(summary(plan.plan.operations)).toEqual(['delete-topic s5-big destructive', 'create-topic s5-big safe']);
    expect(plan.plan.blocked).toEqual([]);
    const { after, again } = await applyAndSettle(d, 's5-', ['topic:s5-big']);
    const topic = await liveTopic('s5-big');
    expect(topic.partitions).toBe(2);
    expect(topic.configs['retention.ms'].value).toBe('2000000');
    expect(after.differences).toEqual([]);
    expect(again.plan.operations).toEqual([]);
  }, 180_000);

  it('a longer retention is a safe config change', async () => {
    await create('s6-logs', 1, { 'retention.ms': '3600000' });
    const d = design([{ name: 's6-logs', config: { 'retention.ms': 7_200_000 } }]);
    const audit = await auditKafka(connection, d, scope('s6-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'topic', name: 's6-logs' }, setting: 'retention.ms', design: '7200000', live: '3600000', source: 'set on the topic' }]);
    const plan = await planKafkaCluster(connection, d, scope('s6-'));
    expect(summary(plan.plan.operations)).toEqual(['alter-configs s6-logs safe']);
    expect(plan.plan.operations[0].details).toEqual({ set: { 'retention.ms': '7200000' } });
    const { after } = await applyAndSettle(d, 's6-');
    expect((await liveTopic('s6-logs')).configs['retention.ms'].value).toBe('7200000');
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('a shorter retention is disruptive (older records go at the next cleanup)', async () => {
    await create('s7-logs', 1, { 'retention.ms': '7200000' });
    const d = design([{ name: 's7-logs', config: { 'retention.ms': 3_600_000 } }]);
    const plan = await planKafkaCluster(connection, d, scope('s7-'));
    expect(summary(plan.plan.operations)).toEqual(['alter-configs s7-logs disruptive']);
    expect(plan.plan.operations[0].why).toMatch(/lower retention.ms deletes records/);
    const { after } = await applyAndSettle(d, 's7-');
    expect((await liveTopic('s7-logs')).configs['retention.ms'].value).toBe('3600000');
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('a config the topic overrides but the design leaves unset goes back to the cluster default', async () => {
    await create('s8-unset', 1, { 'max.message.bytes': '2097152', 'segment.ms': '3600000' });
    const d = design([{ name: 's8-unset', config: { 'segment.ms': 3_600_000 } }]);
    const audit = await auditKafka(connection, d, scope('s8-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'topic', name: 's8-unset' }, setting: 'max.message.bytes', live: '2097152', source: 'set on the topic' }]);
    const plan = await planKafkaCluster(connection, d, scope('s8-'));
    expect(plan.plan.operations[0].details).toEqual({ remove: ['max.message.bytes'] });
    const { after } = await applyAndSettle(d, 's8-');
    const topic = await liveTopic('s8-unset');
    expect(topic.configs['max.message.bytes'].source).toBe('Kafka default');
    expect(topic.configs['segment.ms']).toEqual({ value: '3600000', source: 'set on the topic' });
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('a new cleanup policy is disruptive', async () => {
    await create('s9-state', 1);
    const d = design([{ name: 's9-state', config: { 'cleanup.policy': 'compact' } }]);
    const audit = await auditKafka(connection, d, scope('s9-'));
    expect(audit.differences[0]).toMatchObject({ setting: 'cleanup.policy', design: 'compact', live: 'delete', source: 'Kafka default' });
    const plan = await planKafkaCluster(connection, d, scope('s9-'));
    expect(summary(plan.plan.operations)).toEqual(['alter-configs s9-state disruptive']);
    const { after } = await applyAndSettle(d, 's9-');
    expect((await liveTopic('s9-state')).configs['cleanup.policy'].value).toBe('compact');
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('the broker validates the plan: a replication factor the cluster cannot hold is refused in plan, and apply does nothing', async () => {
    const d = design([{ name: 's10-replicated', replicationFactor: 3 }]);
    const plan = await planKafkaCluster(connection, d, scope('s10-'));
    expect(summary(plan.plan.operations)).toEqual(['create-topic s10-replicated safe']);
    expect(plan.plan.operations[0].refused).toMatch(/replication factor of 3 cannot be reached because only 1 broker/);
    const applied = await applyKafkaCluster(connection, d, scope('s10-'));
    expect(applied.result.done).toEqual([]);
    expect(applied.result.failed?.error).toMatch(/refused it in validation/);
    expect(await liveTopic('s10-replicated')).toBeUndefined();
  }, 120_000);

  it('the broker validates configs in plan: a growth passes, a config the broker refuses is named, and apply stops before changing anything', async () => {
    await create('s11-a', 1);
    await create('s11-b', 1);
    // The design claims the cluster runs tiered storage; this broker does not, which only the broker knows.
    const d = design([{ name: 's11-a', partitions: 2 }, { name: 's11-b', config: { 'remote.storage.enable': true } }], [], { 'remote.log.storage.system.enable': true });
    const plan = await planKafkaCluster(connection, d, scope('s11-'));
    const ops = plan.plan.operations;
    expect(summary(ops)).toEqual(['add-partitions s11-a disruptive', 'alter-configs s11-b safe']);
    expect(ops[0].refused).toBeUndefined();
    expect(ops[1].refused).toMatch(/Tiered Storage functionality is disabled/);
    const applied = await applyKafkaCluster(connection, d, scope('s11-'));
    expect(applied.result.done).toEqual([]);
    expect(applied.result.notDone.map((o) => o.action)).toEqual(['add-partitions']);
    expect((await liveTopic('s11-a')).partitions).toBe(1);
    expect((await liveTopic('s11-b')).configs['remote.storage.enable'].value).toBe('false');
  }, 120_000);

  it('a replication-factor change is a reassignment: blocked, never applied', async () => {
    await create('s12-rf', 1);
    const d = design([{ name: 's12-rf', replicationFactor: 2 }]);
    const audit = await auditKafka(connection, d, scope('s12-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'topic', name: 's12-rf' }, setting: 'replication factor', design: '2', live: '1', source: 'set on the topic' }]);
    const plan = await planKafkaCluster(connection, d, scope('s12-'));
    expect(plan.plan.operations).toEqual([]);
    expect(plan.plan.blocked[0].why).toMatch(/reassignment/);
  }, 120_000);

  it('a topic only in the cluster is reported, and deleted only with its own --allow-delete', async () => {
    await create('s13-keep', 1);
    await create('s13-old', 1);
    await create('s13-other', 1);
    const d = design([{ name: 's13-keep' }]);
    const audit = await auditKafka(connection, d, scope('s13-'));
    expect(audit.differences.map((x) => `${x.kind} ${x.resource.name}`)).toEqual(['only-in-cluster s13-old', 'only-in-cluster s13-other']);
    const unflagged = await planKafkaCluster(connection, d, scope('s13-'));
    expect(unflagged.plan.operations).toEqual([]);
    expect(unflagged.plan.blocked.map((b) => b.resource.name)).toEqual(['s13-old', 's13-other']);
    const applied = await applyKafkaCluster(connection, d, scope('s13-'));
    expect(applied.result.done).toEqual([]);
    expect(await liveTopic('s13-old')).toBeDefined();
    const flagged = await applyKafkaCluster(connection, d, { ...scope('s13-'), allowDelete: new Set(['topic:s13-old']) });
    expect(summary(flagged.plan.operations)).toEqual(['delete-topic s13-old destructive']);
    expect(flagged.result.done).toHaveLength(1);
    expect(await liveTopic('s13-old')).toBeUndefined();
    expect(await liveTopic('s13-other')).toBeDefined();
    const after = await auditKafka(connection, d, scope('s13-'));
    expect(after.differences.map((x) => x.resource.name)).toEqual(['s13-other']);
  }, 180_000);

  it('reads a KIP-848 consumer-protocol group with its members, reports it undocumented, never plans to delete it, and is quiet once the design draws it', async () => {
    await create('s14-feed', 2);
    const { command, args } = toolCommand(KAFKA_TOOL_CLASSES['kafka-console-consumer.sh'], [
      '--bootstrap-server', broker.bootstrap, '--topic', 's14-feed', '--group', 's14-newproto', '--consumer-property', 'group.protocol=consumer',
    ]);
    consumers.push(spawn(command, args, { stdio: 'ignore' }));
    let group;
    for (let i = 0; i < 240 && !group?.members.length; i++) {
      group = (await readKafkaClusterState(admin, { include: () => false })).groups.find((g) => g.groupId === 's14-newproto');
      if (!group?.members.length) await new Promise((r) => setTimeout(r, 500));
    }
    expect(group).toMatchObject({ protocol: 'consumer', state: expect.stringMatching(/stable|assigning|reconciling/i) });
    expect(group!.members).toHaveLength(1);
    expect(group!.members[0].topics).toEqual(['s14-feed']);
    const undrawn = design([{ name: 's14-feed', partitions: 2 }]);
    const audit = await auditKafka(connection, undrawn, scope('s14-'));
    expect(audit.differences).toEqual([{ kind: 'only-in-cluster', resource: { type: 'group', name: 's14-newproto' }, live: expect.stringMatching(/^consumer protocol, .*1 member reading s14-feed$/) }]);
    const plan = await planKafkaCluster(connection, undrawn, { ...scope('s14-'), allowDelete: new Set(['group:s14-newproto']) });
    expect(plan.plan.operations).toEqual([]);
    expect(plan.plan.blocked[0].why).toMatch(/never deletes groups/);
    const drawn = design([{ name: 's14-feed', partitions: 2 }], ['s14-newproto']);
    expect((await auditKafka(connection, drawn, scope('s14-'))).differences).toEqual([]);
    // The live import (command line and studio) reads the group the same way, member and all: through kafkajs it read "Dead", with none.
    const imported = await importLive({ from: 'kafka', bootstrap: broker.bootstrap });
    if (!imported.ok) throw new Error(imported.error.message);
    const node = imported.design.nodes.find((n) => n.kind === 'consumer-group' && n.groupId === 's14-newproto');
    expect(node).toMatchObject({ instances: 1, kafka: { 'group.protocol': 'consumer' }, notes: expect.stringMatching(/; 1 member: console-consumer.* \(.+\)\. Uses the consumer group protocol \(KIP-848\)\.$/) });
    const reads = imported.design.connections.filter((c) => c.kind === 'consume' && c.to === node?.id).map((c) => imported.design.nodes.find((n) => n.id === c.from)?.name);
    expect(reads).toEqual(['s14-feed']);
  }, 180_000);

  it('audit sends no write request: every Kafka API it calls is a read (counted on the client\'s diagnostics channel)', async () => {
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

  it('compares and applies through the studio\'s route, held to the operator\'s allow-lists', async () => {
    const doc = designDoc([{ name: 's21-route', partitions: 2 }]);
    const port = broker.bootstrap.split(':')[1];
    const call = async (body: object, env: Record<string, string>) => {
      const request = new Request('http://127.0.0.1:3000/api/audit', { method: 'POST', headers: { host: '127.0.0.1:3000', 'content-type': 'application/json' }, body: JSON.stringify({ connection: { from: 'kafka', bootstrap: broker.bootstrap, timeoutMs: 30_000 }, design: doc, prefix: 's21-', ...body }) });
      const response = await handleAudit(request, { env, log: () => undefined });
      return { status: response.status, body: (await response.json()) as { differences?: unknown[]; plan?: { operations: Operation[] }; result?: { done: Operation[]; notDone: Operation[] }; error?: { code: string } } };
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
        const code = await main([...args, '--bootstrap', broker.bootstrap, '--prefix', 's16-'], { cwd: dir, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: {} });
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
      const unreachable = await main(['audit', 'd.json', '--bootstrap', '127.0.0.1:1', '--timeout', '5'], { cwd: dir, stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, env: {} });
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

  it('apply stops at the first failure and says what was done and what was not', async () => {
    await create('s18-taken', 1);
    const op = (name: string) => ({ action: 'create-topic', resource: { type: 'topic' as const, name }, safety: 'safe' as const, why: '', details: { partitions: 1, replicationFactor: 1, configs: {} } });
    // The plan was made before someone else created s18-taken: its create fails at apply time.
    const result = await applyKafkaPlan(admin, { operations: [op('s18-first'), op('s18-taken'), op('s18-never')], blocked: [] });
    expect(result.done.map((o) => o.resource.name)).toEqual(['s18-first']);
    expect(result.failed?.operation.resource.name).toBe('s18-taken');
    expect(result.failed?.error).toMatch(/already exists|TOPIC_ALREADY_EXISTS/);
    expect(result.notDone.map((o) => o.resource.name)).toEqual(['s18-never']);
    expect(await liveTopic('s18-first')).toBeDefined();
    expect(await liveTopic('s18-never')).toBeUndefined();
  }, 120_000);

  it('several configs set and one removed in one alter, applied together', async () => {
    await create('s19-many', 1, { 'segment.ms': '3600000', 'max.message.bytes': '2097152', 'compression.type': 'gzip' });
    const d = design([{ name: 's19-many', config: { 'segment.ms': 7_200_000, 'compression.type': 'zstd', 'message.timestamp.type': 'LogAppendTime' } }]);
    const plan = await planKafkaCluster(connection, d, scope('s19-'));
    expect(plan.plan.operations).toHaveLength(1);
    expect(plan.plan.operations[0].details).toEqual({ set: { 'segment.ms': '7200000', 'compression.type': 'zstd', 'message.timestamp.type': 'LogAppendTime' }, remove: ['max.message.bytes'] });
    expect(plan.plan.operations[0].safety).toBe('safe');
    const { after } = await applyAndSettle(d, 's19-');
    const topic = await liveTopic('s19-many');
    expect(topic.configs['compression.type'].value).toBe('zstd');
    expect(topic.configs['message.timestamp.type'].value).toBe('LogAppendTime');
    expect(topic.configs['max.message.bytes'].source).not.toBe('set on the topic');
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('audit needs only read rights: as a user granted only Describe, DescribeConfigs and Read it reports the drift; apply is refused by the broker and changes nothing', async () => {
    const acl = async (...args: string[]) => {
      const result = await broker.tool(KAFKA_TOOL_CLASSES['kafka-acls.sh'], ['--bootstrap-server', broker.bootstrap, '--add', '--allow-principal', `User:${READER.username}`, ...args], { timeoutMs: 60_000 });
      if (result.code !== 0) throw new Error(`kafka-acls.sh ${args.join(' ')} failed:\n${result.stderr}`);
    };
    await Promise.all([
      acl('--operation', 'Describe', '--operation', 'DescribeConfigs', '--cluster'),
      acl('--operation', 'Describe', '--operation', 'DescribeConfigs', '--operation', 'Read', '--topic', '*'),
      acl('--operation', 'Describe', '--operation', 'Read', '--group', '*'),
    ]);
    await create('s20-orders', 1, { 'retention.ms': '3600000' });
    const d = design([{ name: 's20-orders', partitions: 2, config: { 'retention.ms': 7_200_000 } }, { name: 's20-new', partitions: 1 }]);
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
