import { spawn, type ChildProcess } from 'node:child_process';
import { Admin } from '@platformatic/kafka';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDesign, settingSources } from '../brokers/resolve';
import { type ConsumerGroupNode, type KafkaTopicNode } from '../design';
import { readDesign } from '../design/read-design';
import { startKafkaBroker, type KafkaBroker } from '../testing/kafka-broker';
import { KAFKA_TOOL_CLASSES, requireKafka, toolCommand } from '../testing/kafka-tools';
import { main } from '../../cli/main';
import { EndpointAllowList } from './endpoint-allow-list';
import { handleLiveImport } from './import-handler';
import { importLive } from './import-live';
import { readKafkaClusterState } from './kafka-cluster-state';

/**
 * Import from a live Kafka 4.x broker (KRaft, one node, started here): a known
 * topology is made with Kafka's own tools — topics with configs through
 * kafka-topics.sh, an active classic consumer group and an active
 * consumer-protocol (KIP-848) group of two members each
 * (kafka-console-consumer.sh, left running), and a
 * group without members that only has committed offsets
 * (kafka-consumer-groups.sh --reset-offsets) — then imported and compared.
 * The broker also has a SASL/PLAIN listener for the credential cases.
 */

requireKafka('Live Kafka import tests');
const USER = { username: 'importer', password: 'imp0rt-s3cret' };

let broker: KafkaBroker;
let admin: Admin;
const consumers: ChildProcess[] = [];

async function tool(name: keyof typeof KAFKA_TOOL_CLASSES, args: string[], input?: string) {
  const result = await broker.tool(KAFKA_TOOL_CLASSES[name], ['--bootstrap-server', broker.bootstrap, ...args], { input, timeoutMs: 60_000 });
  if (result.code !== 0) throw new Error(`${name} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** A console consumer that stays in its group until the test ends. */
function startConsumer(group: string, topic: string, protocol: 'classic' | 'consumer'): void {
  const { command, args } = toolCommand(KAFKA_TOOL_CLASSES['kafka-console-consumer.sh'], [
    '--bootstrap-server',
    broker.bootstrap,
    '--topic',
    topic,
    '--group',
    group,
    '--from-beginning',
    '--consumer-property',
    `group.protocol=${protocol}`,
  ]);
  consumers.push(spawn(command, args, { stdio: 'ignore' }));
}

/** Waits until the group (either protocol) is in a state with the members `predicate` wants. */
async function waitForMembers(groupId: string, predicate: (state: string, members: number) => boolean): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const group = (await readKafkaClusterState(admin, { include: () => false })).groups.find((g) => g.groupId === groupId);
    if (group && predicate(group.state, group.members.length)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`group ${groupId} did not reach the expected state`);
}

beforeAll(async () => {
  // A broker-wide retention (3 days): the cluster's setting, which a topic that sets none takes.
  broker = await startKafkaBroker({ saslUsers: [USER], serverProperties: { 'log.retention.hours': '72' } });
  admin = new Admin({ clientId: 'qw-live-test', bootstrapBrokers: [broker.bootstrap], retries: 3, timeout: 20_000 });
  await Promise.all([
    tool('kafka-topics.sh', [
      '--create',
      '--topic',
      'orders',
      '--partitions',
      '6',
      '--replication-factor',
      '1',
      '--config',
      'retention.ms=86400000',
      '--config',
      'cleanup.policy=compact,delete',
      '--config',
      'min.insync.replicas=1',
      '--config',
      'max.message.bytes=2097152',
      '--config',
      'message.timestamp.type=LogAppendTime',
    ]),
    tool('kafka-topics.sh', ['--create', '--topic', 'payments', '--partitions', '3', '--replication-factor', '1']),
  ]);
  await tool('kafka-console-producer.sh', ['--topic', 'payments'], 'a\nb\nc\n');
  await tool('kafka-consumer-groups.sh', ['--group', 'audit', '--topic', 'payments', '--reset-offsets', '--to-earliest', '--execute']);
  startConsumer('billing', 'orders', 'classic');
  startConsumer('billing', 'orders', 'classic');
  startConsumer('ledger', 'payments', 'consumer');
  startConsumer('ledger', 'payments', 'consumer');
  await waitForMembers('billing', (state, members) => state === 'Stable' && members === 2);
  // The consumer-protocol group's members are seen through ConsumerGroupDescribe (the classic DescribeGroups calls it Dead).
  await waitForMembers('ledger', (state, members) => state === 'Stable' && members === 2);
}, 180_000);

afterAll(async () => {
  for (const c of consumers) c.kill('SIGTERM');
  await admin?.close();
  await broker?.stop();
}, 60_000);

describe('import from a live Kafka', () => {
  it('reads topics, configs, consumer groups and their subscriptions, and changes nothing', async () => {
    const topicsBefore = (await admin.listTopics({ includeInternals: true })).sort();
    const result = await importLive({ from: 'kafka', bootstrap: broker.bootstrap });
    if (!result.ok) throw new Error(result.error.message);
    const { design, report } = result;

    expect(design.clusters).toEqual([expect.objectContaining({ broker: 'kafka', nodes: 1 })]);
    // The broker settings its configuration declares (lib/testing/kafka-broker.ts), not Kafka's defaults. A KRaft
    // cluster made with eligible leader replicas on (Kafka 4.x) holds a cluster-wide min.insync.replicas (KAFKA-16540).
    expect(design.clusters[0].config).toEqual({
      'auto.create.topics.enable': false,
      'log.retention.hours': 72,
      'min.insync.replicas': 1,
      'num.partitions': 1,
      'transaction.state.log.replication.factor': 1,
    });
    const topics = design.nodes.filter((n): n is KafkaTopicNode => n.kind === 'kafka-topic');
    expect(topics.map((t) => [t.name, t.partitions, t.replicationFactor])).toEqual([
      ['orders', 6, 1],
      ['payments', 3, 1],
    ]);
    expect(topics[0].config).toEqual({ 'retention.ms': 86_400_000, 'cleanup.policy': 'compact,delete', 'min.insync.replicas': 1, 'max.message.bytes': 2_097_152 });
    // Nothing set on the topic: what it takes from its cluster or from Kafka's defaults stays unset (issue 17, item 9),
    // and the design resolves it as the broker does.
    expect(topics[1].config).toEqual({});
    const payments = resolveDesign(design).nodes.find((n) => n.id === topics[1].id);
    if (payments?.kind !== 'kafka-topic') throw new Error('payments');
    expect(payments.config).toMatchObject({ 'retention.ms': 259_200_000, 'min.insync.replicas': 1, 'cleanup.policy': 'delete' });
    expect(settingSources(design, payments.id).get('config.retention.ms')).toMatchObject({ origin: 'cluster' });
    expect(settingSources(design, payments.id).get('config.cleanup.policy')).toMatchObject({ origin: 'broker' });
    expect(report).toContainEqual(expect.objectContaining({ path: 'topics.orders.configs["message.timestamp.type"]', message: expect.stringContaining('not represented') }));
    expect(report).toContainEqual(expect.objectContaining({ path: 'topics', message: expect.stringContaining('__consumer_offsets') }));

    const groups = design.nodes.filter((n): n is ConsumerGroupNode => n.kind === 'consumer-group');
    const byId = Object.fromEntries(groups.map((g) => [g.groupId, g]));
    expect(Object.keys(byId).sort()).toEqual(expect.arrayContaining(['audit', 'billing']));
    expect(byId.billing).toMatchObject({ instances: 2 });
    const reads = (group: string) => design.connections.filter((c) => c.kind === 'consume' && c.to === byId[group].id).map((c) => design.nodes.find((n) => n.id === c.from)?.name);
    expect(reads('billing')).toEqual(['orders']);
    expect(reads('audit')).toEqual(['payments']);
    expect(byId.audit.notes).toContain('committed offsets');
    // The console consumers use auto-commit and auto.offset.reset=latest, which the cluster cannot show:
    // the import records no client setting (it used to invent enable.auto.commit=false and earliest).
    for (const group of groups) expect(group.kafka, group.groupId).not.toHaveProperty('enable.auto.commit');
    for (const group of groups) expect(group.kafka, group.groupId).not.toHaveProperty('auto.offset.reset');

    // Read-only: the cluster has exactly the topics it had.
    expect((await admin.listTopics({ includeInternals: true })).sort()).toEqual(topicsBefore);
  }, 60_000);

  it('reads a group on the new consumer protocol (KIP-848) with its members', async () => {
    const result = await importLive({ from: 'kafka', bootstrap: broker.bootstrap });
    if (!result.ok) throw new Error(result.error.message);
    const { design } = result;
    const ledger = design.nodes.find((n): n is ConsumerGroupNode => n.kind === 'consumer-group' && n.groupId === 'ledger');
    expect(ledger?.kafka['group.protocol']).toBe('consumer');
    // Both console consumers, as members: kafkajs read this group as "Dead" with none.
    expect(ledger).toMatchObject({
      instances: 2,
      notes: expect.stringMatching(/^State Stable; 2 members: console-consumer.*\(.*\), console-consumer.*\. Uses the consumer group protocol \(KIP-848\)\.$/),
    });
    const reads = design.connections.filter((c) => c.kind === 'consume' && c.to === ledger?.id).map((c) => design.nodes.find((n) => n.id === c.from)?.name);
    expect(reads).toEqual(['payments']);
  }, 60_000);

  it('authenticates with SASL/PLAIN and never returns the password', async () => {
    const result = await importLive({ from: 'kafka', bootstrap: broker.saslBootstrap, sasl: { mechanism: 'plain', ...USER } });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.design.nodes.filter((n) => n.kind === 'kafka-topic').map((n) => n.name)).toEqual(['orders', 'payments']);
    expect(JSON.stringify(result)).not.toContain(USER.password);
  }, 60_000);

  it('says the credentials were refused, without echoing them', async () => {
    const result = await importLive({ from: 'kafka', bootstrap: broker.saslBootstrap, sasl: { mechanism: 'plain', username: USER.username, password: 'wrong-Pa55' }, timeoutMs: 10_000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'auth', message: expect.stringContaining('refused the credentials') } });
    expect(JSON.stringify(result)).not.toContain('wrong-Pa55');
  }, 30_000);

  it('says when a SASL listener is spoken to without SASL', async () => {
    const result = await importLive({ from: 'kafka', bootstrap: broker.saslBootstrap, timeoutMs: 4000 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['unreachable', 'timeout']).toContain(result.error.code);
  }, 30_000);

  it('the command line imports the same cluster: queuewright import --from kafka --bootstrap …', async () => {
    let stdout = '';
    let stderr = '';
    const code = await main(['import', '--from', 'kafka', '--bootstrap', broker.saslBootstrap!, '--sasl-mechanism', 'plain', '--sasl-username', USER.username], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: process.cwd(),
      env: { QUEUEWRIGHT_KAFKA_PASSWORD: USER.password },
    });
    expect(code, stderr).toBe(0);
    // The design file as the command line writes it (defaults left out), read back.
    const written = readDesign(stdout);
    if (!written.ok) throw new Error(written.errors[0].message);
    expect(written.design.nodes.find((n) => n.kind === 'kafka-topic' && n.name === 'orders')).toMatchObject({ partitions: 6 });
    expect(stdout + stderr).not.toContain(USER.password);
  }, 60_000);

  it('the studio route answers with the design and never sends the password back', async () => {
    // The test broker's listeners are on loopback; its advertised listeners too.
    const routeDeps = { env: { QUEUEWRIGHT_LIVE_ALLOW: '127.0.0.1' }, log: () => undefined };
    const response = await handleLiveImport(
      new Request('http://localhost:3000/api/import/cluster', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', host: 'localhost:3000' },
        body: JSON.stringify({ from: 'kafka', bootstrap: broker.saslBootstrap, sasl: { mechanism: 'plain', ...USER } }),
      }),
      routeDeps,
    );
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ ok: true, design: { nodes: expect.arrayContaining([expect.objectContaining({ kind: 'kafka-topic', name: 'orders', partitions: 6 })]) } });
    expect(text).not.toContain(USER.password);
    const refused = await handleLiveImport(
      new Request('http://localhost:3000/api/import/cluster', {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: 'localhost:3000' },
        body: JSON.stringify({ from: 'kafka', bootstrap: broker.saslBootstrap, sasl: { mechanism: 'plain', username: USER.username, password: 'Wr0ng-pw' } }),
      }),
      routeDeps,
    );
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain('Wr0ng-pw');
  }, 60_000);

  it('the allow list holds for every broker the metadata names, not only the bootstrap server', async () => {
    // Bootstrap by name; the broker advertises itself as 127.0.0.1, which a rule for the name alone does not allow.
    const port = Number(broker.bootstrap.split(':')[1]);
    const allowList = (text: string) => {
      const parsed = EndpointAllowList.parse(text);
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.list;
    };
    const refused = await importLive({ from: 'kafka', bootstrap: `localhost:${port}`, timeoutMs: 10_000 }, { allow: allowList(`localhost:${port}`) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed', message: `This server may not connect to 127.0.0.1:${port}.` } });
    const allowed = await importLive({ from: 'kafka', bootstrap: `localhost:${port}`, timeoutMs: 10_000 }, { allow: allowList(`localhost:${port},127.0.0.1:${port}`) });
    expect(allowed).toMatchObject({ ok: true, design: { nodes: expect.arrayContaining([expect.objectContaining({ kind: 'kafka-topic', name: 'orders' })]) } });
  }, 60_000);
});
