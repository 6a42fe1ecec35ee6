import { execFile } from 'node:child_process';
import { resolveDesign } from '../brokers/resolve';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { Admin } from '@platformatic/kafka';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStartingDesign, messagingRequest, type MessagingRequestInput } from '../advisor';
import type { Design } from '../design';
import { reviewDesign } from '../rules';
import { makeDesign } from '../design/build-design';
import { TEMPLATES, templateDesign } from '../templates';
import { compileClientCheck, runClientCheck } from '../testing/client-check';
import { startKafkaBroker, type KafkaBroker } from '../testing/kafka-broker';
import { KAFKA_VERSION, prepareFastTools, requireKafka, writeToolWrappers } from '../testing/kafka-tools';
import { kafkaClientPropertiesExporter } from './kafka-client-properties';
import { groupOfTopic, kafkaClients, kafkaTopicGroups, topicSettings } from './kafka-common';
import { configValueText, TOPIC_CONFIG_DOMAIN } from './kafka-config-domain';
import { fileStems } from './file-name';
import { kafkaScriptsExporter } from './kafka-scripts';
import { loadFixture } from '../testing/exports/fixtures';

/**
 * The Kafka exports against a real Apache Kafka 4.x cluster (KRaft, three
 * nodes, as the designs' replication factor 3 needs, started here from the
 * jars scripts/kafka/fetch.sh resolves from Maven Central).
 *
 * For every template with Kafka topics, the Kafka fixture and designs the
 * advisor generates:
 * - the exported kafka-topics.sh script runs unchanged through Kafka's own
 *   TopicCommand / ConfigCommand (wrappers named kafka-topics.sh and
 *   kafka-configs.sh on PATH); then every topic is described back through the
 *   admin API and must have exactly the design's partitions, replicas and
 *   topic configs;
 * - every exported producer and consumer .properties file is loaded by Kafka's
 *   own Java client (scripts/kafka/ClientCheck.java) and a message goes
 *   through: producers (idempotent, transactional) send to their topics, and
 *   each consumer group (including read_committed ones) reads a message sent by
 *   the design's own producer of that topic.
 * Between designs the topics are deleted, so every design starts from an
 * empty broker.
 */

const execFileAsync = promisify(execFile);
requireKafka('Kafka export tests against a real broker');

let broker: KafkaBroker;
let admin: Admin;
let work: string;
let bin: string;
let classes: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'qw-kafka-exports-'));
  broker = await startKafkaBroker({ nodes: 3 });
  await prepareFastTools(broker.bootstrap, work);
  bin = writeToolWrappers(path.join(work, 'bin'));
  classes = await compileClientCheck(work);
  admin = new Admin({ clientId: 'qw-export-test', bootstrapBrokers: broker.bootstrap.split(','), retries: 3, timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await admin?.close();
  await broker?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000);

const TOPIC_CONFIG = 1; // DescribeConfigs source TOPIC_CONFIG: set on the topic itself
const TOPIC_RESOURCE = 2; // DescribeConfigs resource type TOPIC

/** What the broker says about topics: partitions, replicas per partition and the configs set on the topic. */
async function describeTopics(names: string[]) {
  // forceUpdate: the client otherwise answers from a metadata cache up to 5 s old, and the scripts just changed the topics.
  // A copy: the client sorts the list it is given in place.
  const metadata = await admin.metadata({ topics: [...names], forceUpdate: true });
  const configs = await admin.describeConfigs({ resources: names.map((name) => ({ resourceType: TOPIC_RESOURCE, resourceName: name })), includeSynonyms: false });
  return names.map((name) => {
    const topic = metadata.topics.get(name)!;
    const resource = configs.find((r) => r.resourceName === name)!;
    const set = Object.fromEntries(resource.configs.filter((e) => e.configSource === TOPIC_CONFIG).map((e) => [e.name, e.value ?? '']));
    return { name, partitions: topic.partitionsCount, replicas: [...new Set(topic.partitions.map((p) => p.replicas.length))], configs: set };
  });
}

/** The configs the design sets on a topic, as the broker prints them (lists in a canonical order). */
function designConfigs(design: Design, topicId: string): Record<string, string> {
  const topic = resolveDesign(design).nodes.find((n) => n.id === topicId);
  if (topic?.kind !== 'kafka-topic') throw new Error(topicId);
  return Object.fromEntries(topicSettings(topic).map(([k, v]) => [k, canonicalValue(k, configValueText(v))]));
}

function canonicalValue(key: string, value: string): string {
  return TOPIC_CONFIG_DOMAIN[key]?.type === 'list'
    ? value
        .split(',')
        .map((s) => s.trim())
        .sort()
        .join(',')
    : value;
}

async function deleteAllTopics(): Promise<void> {
  const topics = (await admin.listTopics()).filter((t) => !t.startsWith('__'));
  if (topics.length === 0) return;
  await admin.deleteTopics({ topics });
  // Deletion finishes in the background; the next design may reuse a name only once it is gone.
  for (let i = 0; i < 120; i++) {
    const left = (await admin.listTopics()).filter((t) => topics.includes(t));
    if (left.length === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('topics were not deleted in time');
}

async function runScript(scriptPath: string) {
  return execFileAsync('bash', [scriptPath], {
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, BOOTSTRAP_SERVER: broker.bootstrap },
    timeout: 300_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** Runs ClientCheck.java with a plan; returns its OK/FAIL/NOTE lines. */
function clientCheck(plan: string[]): Promise<string[]> {
  return runClientCheck(classes, broker.bootstrap, plan, work);
}

/**
 * Exports a design, runs its scripts on the broker, compares what the broker
 * holds with the design, then proves the client files. Returns the designs'
 * topic count, so callers can see something was checked.
 */
async function proveDesign(label: string, design: Design): Promise<number> {
  await deleteAllTopics();
  const scripts = kafkaScriptsExporter.export(design);
  if (!scripts.ok) throw new Error(`${label}: ${scripts.errors.map((e) => e.message).join('; ')}`);
  const groups = kafkaTopicGroups(design);
  const dir = path.join(work, label.replace(/[^a-z0-9-]+/gi, '_'));
  mkdirSync(dir, { recursive: true });
  let topicCount = 0;
  for (const [i, group] of groups.entries()) {
    if (i > 0) await deleteAllTopics();
    const file = scripts.files[i];
    const scriptPath = path.join(dir, file.path);
    writeFileSync(scriptPath, file.content);
    await runScript(scriptPath).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`${label}: ${file.path} failed against the broker:\n${error.stderr ?? ''}\n${error.stdout ?? ''}`);
    });

    const described = await describeTopics(group.topics.map((t) => t.name));
    const expected = group.topics.map((t) => ({ name: t.name, partitions: t.partitions, replicas: [t.replicationFactor], configs: designConfigs(design, t.id) }));
    const actual = described.map((d) => ({ ...d, configs: Object.fromEntries(Object.entries(d.configs).map(([k, v]) => [k, canonicalValue(k, v)])) }));
    expect(actual, `${label}: ${file.path}`).toEqual(expected);
    topicCount += group.topics.length;

    await proveClients(label, design, group.id, dir);
  }
  return topicCount;
}

/**
 * The client files of one cluster's topics: producers send, consumer groups
 * read what the design's producers send, and the instance files of a
 * transactional producer run side by side without fencing each other.
 */
async function proveClients(label: string, design: Design, groupId: string, dir: string): Promise<void> {
  const exported = kafkaClientPropertiesExporter.export(design);
  if (!exported.ok) return; // A design with topics but no clients has no client files.
  const groups = kafkaTopicGroups(design);
  const files = new Map(exported.files.map((f) => [f.path, f.content]));
  const clients = kafkaClients(design);
  // Client files are named after the services' names (file-name.ts), as the exporter names them.
  const stems = fileStems(clients.map((c) => c.node));
  const clusterCount = (topics: (typeof clients)[number]['writes']) => new Set(topics.map((t) => groupOfTopic(groups, t).id)).size;
  const inGroup = (topics: (typeof clients)[number]['writes']) => topics.filter((t) => groupOfTopic(groups, t).id === groupId);
  /** The files of a client on this cluster: one, or one per instance of a transactional producer. */
  const filesOf = (role: 'producers' | 'consumers', nodeId: string, clusterTotal: number) => {
    const stem = `${role}/${stems.get(nodeId)}${clusterTotal > 1 ? `.${groupId}` : ''}`;
    const isInstance = (f: string) => f.startsWith(`${stem}.instance-`) && /^\d+\.properties$/.test(f.slice(stem.length + '.instance-'.length));
    const found = [...files.keys()].filter((f) => f === `${stem}.properties` || isInstance(f));
    if (found.length === 0) throw new Error(`${label}: the export has no ${stem}.properties`);
    return found.map((relative) => {
      const target = path.join(dir, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, files.get(relative)!);
      return target;
    });
  };
  const writerOf = new Map<string, string>();
  const plan: string[] = [];
  for (const client of clients) {
    const writes = inGroup(client.writes);
    if (writes.length === 0) continue;
    const instances = filesOf('producers', client.node.id, clusterCount(client.writes));
    for (const topic of writes) {
      for (const file of instances) plan.push(`P\t${file}\t${topic.name}`);
      if (instances.length > 1) plan.push(`T\t${instances.join(',')}\t${topic.name}`);
      if (!writerOf.has(topic.name)) writerOf.set(topic.name, instances[0]);
    }
  }
  for (const client of clients) {
    const reads = inGroup(client.reads);
    if (client.node.kind !== 'consumer-group' || reads.length === 0) continue;
    const [file] = filesOf('consumers', client.node.id, clusterCount(client.reads));
    plan.push(`C\t${file}\t${reads.map((t) => t.name).join(',')}\t${reads.map((t) => writerOf.get(t.name) ?? '-').join(',')}`);
  }
  if (plan.length === 0) return;
  const lines = await clientCheck(plan);
  const failures = lines.filter((l) => l.startsWith('FAIL'));
  expect(failures, `${label}: client files refused by Kafka's Java client`).toEqual([]);
  expect(
    lines.filter((l) => l.startsWith('OK')),
    label,
  ).toHaveLength(plan.length);
}

const kafkaTemplates = TEMPLATES.filter((t) => kafkaScriptsExporter.export(templateDesign(t)).ok);

/** Advisor requests that reach every producer and consumer setting the advisor writes. */
const ADVISOR_REQUESTS: Array<[string, MessagingRequestInput]> = [
  ['exactly-once', { useCase: 'payments', throughput: 3000, delivery: 'exactly-once', consumers: ['ledger', 'audit'] }],
  ['at-most-once', { useCase: 'telemetry', throughput: 50_000, delivery: 'at-most-once', ordering: 'none', retentionHours: 6 }],
  ['strict-order-large', { useCase: 'documents', ordering: 'strict', messageSizeBytes: 2_000_000, replay: true, retentionHours: 24 * 30 }],
];

describe('Kafka exports on a real broker', () => {
  it('has Kafka templates to check', () => {
    expect(kafkaTemplates.length).toBeGreaterThanOrEqual(5);
  });

  it.each(kafkaTemplates.map((t) => [t.id, t] as const))(
    'template %s: topics and client files',
    async (id, template) => {
      expect(await proveDesign(id, templateDesign(template))).toBeGreaterThan(0);
    },
    240_000,
  );

  it('the Kafka fixture: topics and client files', async () => {
    expect(await proveDesign('fixture', loadFixture('kafka-order-pipeline'))).toBeGreaterThan(0);
  }, 240_000);

  it.each(ADVISOR_REQUESTS)(
    'generated design (%s): topics and client files',
    async (label, request) => {
      const design = generateStartingDesign(messagingRequest(request), 'kafka');
      expect(await proveDesign(`advisor-${label}`, design)).toBeGreaterThan(0);
    },
    240_000,
  );

  it('generated designs from random requests (seeded)', async () => {
    const requests = fc.sample(
      fc.record({
        throughput: fc.integer({ min: 1, max: 30_000 }),
        delivery: fc.constantFrom('at-most-once', 'at-least-once', 'exactly-once'),
        ordering: fc.constantFrom('none', 'per-key', 'strict'),
        retentionHours: fc.integer({ min: 1, max: 24 * 30 }),
        messageSizeBytes: fc.integer({ min: 100, max: 5_000_000 }),
        consumers: fc.array(fc.constantFrom('billing', 'shipping', 'audit'), { maxLength: 2 }),
      }) as fc.Arbitrary<MessagingRequestInput>,
      { numRuns: 2, seed: 20_260_401 },
    );
    for (const [i, request] of requests.entries()) {
      expect(await proveDesign(`advisor-random-${i}`, generateStartingDesign(messagingRequest(request), 'kafka'))).toBeGreaterThan(0);
    }
  }, 300_000);

  it('a design that sets every client setting the studio offers', async () => {
    const design = makeDesign({
      name: 'Client settings',
      clusters: [{ id: 'k', name: 'k', broker: 'kafka', version: '4.1' }],
      nodes: [
        {
          kind: 'kafka-topic',
          id: 'events',
          name: 'qw.events',
          cluster: 'k',
          partitions: 3,
          replicationFactor: 3,
          config: {
            'min.insync.replicas': 2,
            'cleanup.policy': 'compact,delete',
            'retention.ms': 86_400_000,
            'compression.type': 'zstd',
            'max.message.bytes': 2_097_152,
            'min.compaction.lag.ms': 1000,
            'max.compaction.lag.ms': 3_600_000,
            'delete.retention.ms': 60_000,
            'segment.ms': 3_600_000,
            'segment.bytes': 16_777_216,
            'unclean.leader.election.enable': false,
            'retention.bytes': 1_073_741_824,
          },
        },
        {
          kind: 'kafka-topic',
          id: 'audit',
          name: 'qw_audit-log',
          cluster: 'k',
          partitions: 1,
          replicationFactor: 3,
          config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': -1, 'flush.messages': 1, 'flush.ms': 1000 },
        },
        {
          kind: 'producer',
          id: 'tx-writer',
          kafka: {
            acks: 'all',
            'enable.idempotence': true,
            'max.in.flight.requests.per.connection': 5,
            retries: 2_147_483_647,
            'delivery.timeout.ms': 120_000,
            'request.timeout.ms': 30_000,
            'linger.ms': 5,
            'batch.size': 65_536,
            'max.request.size': 2_097_152,
            'compression.type': 'gzip',
            'partitioner.ignore.keys': false,
            'transactional.id': 'qw-tx-writer',
            'transaction.timeout.ms': 60_000,
          },
        },
        { kind: 'producer', id: 'fire-and-forget', kafka: { acks: '0', 'enable.idempotence': false, retries: 0, 'compression.type': 'snappy' } },
        {
          kind: 'consumer-group',
          id: 'committed-reader',
          groupId: 'qw-committed',
          kafka: {
            'isolation.level': 'read_committed',
            'enable.auto.commit': false,
            'auto.offset.reset': 'none',
            'partition.assignment.strategy': 'range,cooperative-sticky',
            'max.poll.records': 10,
            'max.poll.interval.ms': 60_000,
            'session.timeout.ms': 10_000,
            'heartbeat.interval.ms': 3000,
            'max.partition.fetch.bytes': 2_097_152,
          },
        },
        {
          kind: 'consumer-group',
          id: 'next-gen',
          groupId: 'qw-next-gen',
          kafka: { 'group.protocol': 'consumer', 'group.remote.assignor': 'uniform', 'auto.offset.reset': 'latest', 'session.timeout.ms': 10_000 },
        },
        { kind: 'consumer-group', id: 'roundrobin', kafka: { 'partition.assignment.strategy': 'roundrobin', 'enable.auto.commit': true, 'isolation.level': 'read_uncommitted' } },
      ],
      connections: [
        { from: 'tx-writer', to: 'events' },
        { from: 'fire-and-forget', to: 'audit' },
        { from: 'events', to: 'committed-reader' },
        { from: 'events', to: 'next-gen' },
        { from: 'audit', to: 'next-gen' },
        { from: 'audit', to: 'roundrobin' },
      ],
    });
    expect(await proveDesign('client-settings', design)).toBe(2);
  }, 240_000);

  it("keeps max.compaction.lag.ms at Long.MAX_VALUE, Kafka's own default, exactly", async () => {
    const design = makeDesign({
      name: 'Long max',
      clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 3 }],
      nodes: [{ kind: 'kafka-topic', id: 'compacted', name: 'qw.compacted', cluster: 'k', config: { 'cleanup.policy': 'compact', 'max.compaction.lag.ms': 2 ** 63 } }],
    });
    expect(designConfigs(design, 'compacted')['max.compaction.lag.ms']).toBe('9223372036854775807');
    expect(await proveDesign('long-max', design)).toBe(1);
    const [described] = await describeTopics(['qw.compacted']);
    expect(described.configs['max.compaction.lag.ms']).toBe('9223372036854775807');
  }, 120_000);

  it('gives each instance of a transactional producer its own transactional.id, so instances run side by side; one shared id fences', async () => {
    await deleteAllTopics();
    const design = makeDesign({
      name: 'Instances',
      clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 3 }],
      nodes: [
        { kind: 'kafka-topic', id: 'ledger', name: 'qw.ledger', cluster: 'k' },
        { kind: 'producer', id: 'payments', instances: 3, kafka: { 'transactional.id': 'qw-payments' } },
      ],
      connections: [{ from: 'payments', to: 'ledger' }],
    });
    expect(await proveDesign('instances', design)).toBe(1);
    const clients = kafkaClientPropertiesExporter.export(design);
    if (!clients.ok) throw new Error('export refused');
    expect(clients.files.map((f) => f.path)).toEqual([0, 1, 2].map((n) => `producers/payments.instance-${n}.properties`));
    // What one file for every instance does: the second initTransactions fences the first producer.
    const shared = path.join(work, 'shared-transactional-id.properties');
    writeFileSync(shared, clients.files[0].content);
    const lines = await clientCheck([`T\t${shared},${shared}\tqw.ledger`]);
    expect(lines).toEqual([expect.stringMatching(/^FAIL\t.*(ProducerFencedException|InvalidProducerEpochException)/)]);
  }, 120_000);

  it(`caps min.insync.replicas at the replication factor (Kafka ${KAFKA_VERSION}): acks=all to an RF 1 topic with min ISR 2 succeeds, as kafka/min-isr-le-replication-factor says`, async () => {
    const design = makeDesign({
      name: 'Capped min ISR',
      clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 3, version: KAFKA_VERSION }],
      nodes: [
        { kind: 'kafka-topic', id: 'single', name: 'qw.single', cluster: 'k', replicationFactor: 1, config: { 'min.insync.replicas': 2 } },
        { kind: 'producer', id: 'writer', kafka: { acks: 'all', 'enable.idempotence': true } },
      ],
      connections: [{ from: 'writer', to: 'single' }],
    });
    const said = reviewDesign(design)
      .findings.filter((f) => f.ruleId === 'kafka/min-isr-le-replication-factor')
      .map((f) => f.message);
    expect(said).toEqual([expect.stringContaining(`Kafka ${KAFKA_VERSION} caps the minimum at the replication factor, so acks=all writes succeed with one copy`)]);
    // The script creates the topic and the exported acks=all producer's record is acknowledged (a failed send fails proveDesign).
    expect(await proveDesign('capped-min-isr', design)).toBe(1);
  }, 120_000);

  it("refuses a tiered-storage topic on a cluster without tiered storage with the broker's own words; kafka/tiered-storage-constraints reports it too", async () => {
    await deleteAllTopics();
    const topic = { kind: 'kafka-topic', id: 'tiered', name: 'qw.tiered', replicationFactor: 1, config: { 'min.insync.replicas': 1, 'remote.storage.enable': true } };
    const design = makeDesign({ name: 'Tiered', clusters: [{ id: 'k', name: 'k', broker: 'kafka' }], nodes: [{ ...topic, cluster: 'k' }] });
    expect(
      reviewDesign(design)
        .findings.filter((f) => f.ruleId === 'kafka/tiered-storage-constraints')
        .map((f) => f.target),
    ).toEqual([{ type: 'node', id: 'tiered' }]);
    const refused = kafkaScriptsExporter.export(design);
    expect(refused.ok).toBe(false);
    const said = refused.ok ? '' : refused.errors.map((e) => e.message).join('\n');
    expect(said).toMatch(/^Kafka topic "qw.tiered" \(tiered\): the broker refuses remote.storage.enable=true \("(.+)"\)/);
    // On no cluster the export cannot know, so it writes the topic; the broker then says what the refusal quoted.
    const unknown = kafkaScriptsExporter.export(makeDesign({ name: 'Tiered', nodes: [topic] }));
    if (!unknown.ok) throw new Error(unknown.errors[0].message);
    const scriptPath = path.join(work, 'tiered.sh');
    writeFileSync(scriptPath, unknown.files[0].content);
    const error = (await runScript(scriptPath).then(
      () => undefined,
      (e: { stderr?: string }) => e,
    )) as { stderr?: string } | undefined;
    const quoted = /\("(.+)"\)/.exec(said)![1];
    expect(error?.stderr).toContain(quoted);
    expect(await admin.listTopics()).not.toContain('qw.tiered');
  }, 60_000);

  it('a broker refuses a server-side assignor it does not offer; kafka/remote-assignor-needs-consumer-protocol reports it first', async () => {
    await deleteAllTopics();
    const design = makeDesign({
      name: 'Assignor',
      nodes: [
        { kind: 'kafka-topic', id: 'orders', name: 'qw.orders', replicationFactor: 1, config: { 'min.insync.replicas': 1 } },
        { kind: 'consumer-group', id: 'billing', groupId: 'qw-sticky', kafka: { 'group.protocol': 'consumer', 'group.remote.assignor': 'sticky' } },
      ],
      connections: [{ from: 'orders', to: 'billing' }],
    });
    expect(
      reviewDesign(design)
        .findings.filter((f) => f.ruleId === 'kafka/remote-assignor-needs-consumer-protocol')
        .map((f) => f.target),
    ).toEqual([{ type: 'node', id: 'billing' }]);
    const scripts = kafkaScriptsExporter.export(design);
    const clients = kafkaClientPropertiesExporter.export(design);
    if (!scripts.ok || !clients.ok) throw new Error('export refused');
    const scriptPath = path.join(work, 'assignor.sh');
    writeFileSync(scriptPath, scripts.files[0].content);
    await runScript(scriptPath);
    const consumer = path.join(work, 'assignor-consumer.properties');
    writeFileSync(consumer, clients.files.find((f) => f.path === 'consumers/billing.properties')!.content);
    const lines = await clientCheck([`C\t${consumer}\tqw.orders\t-`]);
    expect(lines.filter((l) => l.startsWith('FAIL'))).toEqual([expect.stringContaining('ServerAssignor sticky is not supported')]);
  }, 120_000);
});
