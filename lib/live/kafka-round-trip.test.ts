import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { Admin } from '@platformatic/kafka';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedKafkaTopic } from '../brokers/kafka/resolve';
import type { Design } from '../design';
import { kafkaClientPropertiesExporter } from '../exporters/kafka-client-properties';
import { fileStems } from '../exporters/file-name';
import { groupIdOf, kafkaClients, topicSettings } from '../exporters/kafka-common';
import { configValueText } from '../exporters/kafka-config-domain';
import { kafkaScriptsExporter } from '../exporters/kafka-scripts';
import { kafkaDesignArb } from '../testing/exports/arbitraries';
import { loadFixture } from '../testing/exports/fixtures';
import { compileClientCheck, runClientCheck } from '../testing/client-check';
import { stackNodes } from '../testing/compose-stack';
import { requireGo } from '../testing/go-check';
import { startKafkaBroker, type KafkaBroker } from '../testing/kafka-broker';
import { prepareFastTools, requireKafka, writeToolWrappers } from '../testing/kafka-tools';
import { importLive } from './import-live';

/**
 * Round trips through a real Kafka cluster, started with as many nodes as the
 * docker-compose export of these designs runs (the stack the design gets
 * locally): each design's kafka-topics.sh export runs unchanged on it, each of
 * its consumer groups runs with its exported consumer .properties file
 * (Kafka's own Java client, scripts/kafka/ClientCheck.java: it joins, reads
 * and commits), and a live import of the cluster gives back the design as the
 * cluster holds it: the topics with their partitions, replication factors and
 * every config, and the consumer groups with the topics each reads. What a
 * cluster cannot show (a group's client settings, its instance count once it
 * stopped, producers) comes back unset, never as a guess: no group gets an
 * enable.auto.commit or auto.offset.reset, and no topic a config it does not
 * set.
 */

const execFileAsync = promisify(execFile);
requireKafka('Kafka round trips on a real cluster');
requireGo('Kafka round trips (the compose file is loaded with compose-go)');

/** Designs on one cluster of three nodes, as a team would draw them: the fixture, and generated ones. */
const generated = fc.sample(
  kafkaDesignArb({ topicName: fc.stringMatching(/^qw\.[a-z][a-z0-9._-]{0,20}$/) })
    .map(
      (d) =>
        ({
          ...d,
          clusters: [{ ...d.clusters[0], nodes: 3 }],
          nodes: d.nodes.map((n) =>
            n.kind === 'kafka-topic' ? { ...n, cluster: d.clusters[0].id, ...(n.replicationFactor !== undefined ? { replicationFactor: Math.min(n.replicationFactor, 3) } : {}) } : n,
          ),
        }) as Design,
    )
    .filter(
      (d) =>
        kafkaScriptsExporter.export(d).ok &&
        (groupFacts(d).length === 0 || kafkaClientPropertiesExporter.export(d).ok) &&
        new Set(d.nodes.filter((n) => n.kind === 'kafka-topic').map((n) => n.name)).size === d.nodes.filter((n) => n.kind === 'kafka-topic').length,
    ),
  { numRuns: 3, seed: 4242 },
);
const DESIGNS: Array<[string, Design]> = [['the order pipeline fixture', loadFixture('kafka-order-pipeline')], ...generated.map((d, i): [string, Design] => [`generated design ${i + 1}`, d])];

const kafkaNodes = (design: Design) => stackNodes(design, 'apache/kafka:');

let broker: KafkaBroker;
let admin: Admin;
let work: string;
let bin: string;
let classes: string;
const nodes = Math.max(...DESIGNS.map(([, d]) => kafkaNodes(d)));

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'qw-kafka-round-trip-'));
  broker = await startKafkaBroker({ nodes });
  await prepareFastTools(broker.bootstrap, work);
  bin = writeToolWrappers(path.join(work, 'bin'));
  classes = await compileClientCheck(work);
  admin = new Admin({ clientId: 'qw-round-trip', bootstrapBrokers: broker.bootstrap.split(','), retries: 3, timeout: 30_000 });
}, 180_000);

afterAll(async () => {
  await admin?.close();
  await broker?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000);

/** Consumer groups outlive their topics (committed offsets): each design starts without the last one's. */
async function deleteAllGroups(): Promise<void> {
  const groups = [...(await admin.listGroups({ types: ['classic', 'consumer'] })).keys()];
  if (groups.length > 0) await admin.deleteGroups({ groups });
}

async function deleteAllTopics(): Promise<void> {
  const topics = (await admin.listTopics()).filter((t) => !t.startsWith('__'));
  if (topics.length === 0) return;
  await admin.deleteTopics({ topics });
  for (let i = 0; i < 200; i++) {
    if ((await admin.listTopics()).every((t) => !topics.includes(t))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('topics were not deleted in time');
}

/** The topics of a design as the cluster holds them: partitions, replicas and the configs set on each, as text. */
function topicFacts(design: Design) {
  return resolveDesign(design)
    .nodes.filter((n): n is ResolvedKafkaTopic => n.kind === 'kafka-topic')
    .map((t) => ({ name: t.name, partitions: t.partitions, replicas: t.replicationFactor, config: Object.fromEntries(topicSettings(t).map(([k, v]) => [k, configValueText(v)])) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The consumer groups of a design as a cluster holds them: each group id with the topics it reads. */
function groupFacts(design: Design) {
  const reads = new Map<string, Set<string>>();
  for (const { node, reads: topics } of kafkaClients(design)) {
    if (node.kind !== 'consumer-group' || topics.length === 0) continue;
    const id = groupIdOf(node);
    reads.set(id, new Set([...(reads.get(id) ?? []), ...topics.map((t) => t.name)]));
  }
  return [...reads].map(([groupId, topics]) => ({ groupId, reads: [...topics].sort() })).sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
}

/** Runs every consumer group of the design with its exported .properties file, as its service would; returns how many. */
async function runConsumerGroups(label: string, design: Design): Promise<number> {
  const exported = kafkaClientPropertiesExporter.export(design);
  if (!exported.ok) return 0;
  const plan: string[] = [];
  const clients = kafkaClients(design);
  // Client files are named after the services' names (file-name.ts), as the exporter names them.
  const stems = fileStems(clients.map((c) => c.node));
  for (const { node, reads } of clients) {
    if (node.kind !== 'consumer-group' || reads.length === 0) continue;
    const file = exported.files.find((f) => f.path === `consumers/${stems.get(node.id)}.properties`);
    if (!file) throw new Error(`${label}: no consumers/${stems.get(node.id)}.properties`);
    const target = path.join(work, `${label.replace(/\W+/g, '-')}-${node.id}.properties`);
    writeFileSync(target, file.content);
    plan.push(`C\t${target}\t${reads.map((t) => t.name).join(',')}\t${reads.map(() => '-').join(',')}`);
  }
  if (plan.length === 0) return 0;
  const lines = await runClientCheck(classes, broker.bootstrap, plan, work);
  expect(
    lines.filter((l) => l.startsWith('FAIL')),
    `${label}: consumer files refused by Kafka's Java client`,
  ).toEqual([]);
  return plan.length;
}

describe('Kafka round trips on a cluster sized like the compose stack', () => {
  it('the compose stack runs the nodes the designs need', () => {
    expect(nodes).toBe(3);
    for (const [label, design] of DESIGNS) {
      const needed = Math.max(...resolveDesign(design).nodes.map((n) => (n.kind === 'kafka-topic' ? n.replicationFactor : 1)));
      expect(kafkaNodes(design), label).toBeGreaterThanOrEqual(needed);
    }
  });

  it('the designs have consumer groups to run', () => {
    expect(DESIGNS.filter(([, d]) => groupFacts(d).length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it.each(DESIGNS)(
    '%s: kafka-topics.sh and the consumer files run unchanged, and a live import gives the same topics and groups',
    async (label, design) => {
      await deleteAllGroups();
      await deleteAllTopics();
      const scripts = kafkaScriptsExporter.export(design);
      if (!scripts.ok) throw new Error(scripts.errors[0].message);
      for (const file of scripts.files) {
        const script = path.join(work, `${label.replace(/\W+/g, '-')}-${file.path}`);
        writeFileSync(script, file.content);
        await execFileAsync('bash', [script], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, BOOTSTRAP_SERVER: broker.bootstrap }, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
      }
      await runConsumerGroups(label, design);
      const live = await importLive({ from: 'kafka', bootstrap: broker.bootstrap, timeoutMs: 30_000 });
      if (!live.ok) throw new Error(live.error.message);
      expect(topicFacts(live.design)).toEqual(topicFacts(design));
      expect(groupFacts(live.design)).toEqual(groupFacts(design));
      expect(live.design.clusters.map((c) => c.nodes)).toEqual([nodes]);
      // The cluster shows no client setting of a group: the import records none (it used to invent false and earliest).
      for (const node of live.design.nodes) {
        if (node.kind !== 'consumer-group') continue;
        expect(node.kafka, node.name).not.toHaveProperty('enable.auto.commit');
        expect(node.kafka, node.name).not.toHaveProperty('auto.offset.reset');
      }
    },
    240_000,
  );
});
