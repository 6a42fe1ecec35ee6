import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { Admin } from '@platformatic/kafka';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagingRequest, type MessagingRequestInput } from '../advisor';
import { generateStartingDesign, TEMPLATES } from '../families';
import { reviewDesign } from '../rules';
import { makeDesign } from '../design/build-design';
import { templateDesign } from '../templates';
import { compileClientCheck } from '../testing/client-check';
import { startKafkaBroker, type KafkaBroker } from '../testing/kafka-broker';
import { KAFKA_VERSION, prepareFastTools, requireKafka, writeToolWrappers } from '../testing/kafka-tools';
import { kafkaClientPropertiesExporter } from './kafka-client-properties';
import { kafkaScriptsExporter } from './kafka-scripts';
import { loadFixture } from '../testing/exports/fixtures';
import { kafkaExportProof, type KafkaExportProof } from '../testing/exports/kafka-export-proof';

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

requireKafka('Kafka export tests against a real broker');

let broker: KafkaBroker;
let admin: Admin;
let work: string;
let bin: string;
let classes: string;
let proof: KafkaExportProof;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'qw-kafka-exports-'));
  broker = await startKafkaBroker({ nodes: 3 });
  await prepareFastTools(broker.bootstrap, work);
  bin = writeToolWrappers(path.join(work, 'bin'));
  classes = await compileClientCheck(work);
  admin = new Admin({ clientId: 'qw-export-test', bootstrapBrokers: broker.bootstrap.split(','), retries: 3, timeout: 30_000 });
  proof = kafkaExportProof({ broker, admin, bin, classes, work });
}, 120_000);

afterAll(async () => {
  await admin?.close();
  await broker?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000);

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
      expect(await proof.proveDesign(id, templateDesign(template))).toBeGreaterThan(0);
    },
    240_000,
  );

  it('the Kafka fixture: topics and client files', async () => {
    expect(await proof.proveDesign('fixture', loadFixture('kafka-order-pipeline'))).toBeGreaterThan(0);
  }, 240_000);

  it.each(ADVISOR_REQUESTS)(
    'generated design (%s): topics and client files',
    async (label, request) => {
      const design = generateStartingDesign(messagingRequest(request), 'kafka');
      expect(await proof.proveDesign(`advisor-${label}`, design)).toBeGreaterThan(0);
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
      expect(await proof.proveDesign(`advisor-random-${i}`, generateStartingDesign(messagingRequest(request), 'kafka'))).toBeGreaterThan(0);
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
    expect(await proof.proveDesign('client-settings', design)).toBe(2);
  }, 240_000);

  it("keeps max.compaction.lag.ms at Long.MAX_VALUE, Kafka's own default, exactly", async () => {
    const design = makeDesign({
      name: 'Long max',
      clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 3 }],
      nodes: [{ kind: 'kafka-topic', id: 'compacted', name: 'qw.compacted', cluster: 'k', config: { 'cleanup.policy': 'compact', 'max.compaction.lag.ms': 2 ** 63 } }],
    });
    expect(proof.designConfigs(design, 'compacted')['max.compaction.lag.ms']).toBe('9223372036854775807');
    expect(await proof.proveDesign('long-max', design)).toBe(1);
    const [described] = await proof.describeTopics(['qw.compacted']);
    expect(described.configs['max.compaction.lag.ms']).toBe('9223372036854775807');
  }, 120_000);

  it('gives each instance of a transactional producer its own transactional.id, so instances run side by side; one shared id fences', async () => {
    await proof.deleteAllTopics();
    const design = makeDesign({
      name: 'Instances',
      clusters: [{ id: 'k', name: 'k', broker: 'kafka', nodes: 3 }],
      nodes: [
        { kind: 'kafka-topic', id: 'ledger', name: 'qw.ledger', cluster: 'k' },
        { kind: 'producer', id: 'payments', instances: 3, kafka: { 'transactional.id': 'qw-payments' } },
      ],
      connections: [{ from: 'payments', to: 'ledger' }],
    });
    expect(await proof.proveDesign('instances', design)).toBe(1);
    const clients = kafkaClientPropertiesExporter.export(design);
    if (!clients.ok) throw new Error('export refused');
    expect(clients.files.map((f) => f.path)).toEqual([0, 1, 2].map((n) => `producers/payments.instance-${n}.properties`));
    // What one file for every instance does: the second initTransactions fences the first producer.
    const shared = path.join(work, 'shared-transactional-id.properties');
    writeFileSync(shared, clients.files[0].content);
    const lines = await proof.clientCheck([`T\t${shared},${shared}\tqw.ledger`]);
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
    expect(await proof.proveDesign('capped-min-isr', design)).toBe(1);
  }, 120_000);

  it("refuses a tiered-storage topic on a cluster without tiered storage with the broker's own words; kafka/tiered-storage-constraints reports it too", async () => {
    await proof.deleteAllTopics();
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
    const error = (await proof.runScript(scriptPath).then(
      () => undefined,
      (e: { stderr?: string }) => e,
    )) as { stderr?: string } | undefined;
    const quoted = /\("(.+)"\)/.exec(said)![1];
    expect(error?.stderr).toContain(quoted);
    expect(await admin.listTopics()).not.toContain('qw.tiered');
  }, 60_000);

  it('a broker refuses a server-side assignor it does not offer; kafka/remote-assignor-needs-consumer-protocol reports it first', async () => {
    await proof.deleteAllTopics();
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
    await proof.runScript(scriptPath);
    const consumer = path.join(work, 'assignor-consumer.properties');
    writeFileSync(consumer, clients.files.find((f) => f.path === 'consumers/billing.properties')!.content);
    const lines = await proof.clientCheck([`C\t${consumer}\tqw.orders\t-`]);
    expect(lines.filter((l) => l.startsWith('FAIL'))).toEqual([expect.stringContaining('ServerAssignor sticky is not supported')]);
  }, 120_000);
});
