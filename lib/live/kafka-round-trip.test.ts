import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import kafkajs, { type Admin } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedKafkaTopic } from '../brokers/resolved-design';
import type { Design } from '../design';
import { topicSettings } from '../exporters/kafka-common';
import { configValueText } from '../exporters/kafka-config-domain';
import { kafkaScriptsExporter } from '../exporters/kafka-scripts';
import { kafkaDesignArb } from '../exporters/testing/arbitraries';
import { loadFixture } from '../exporters/testing/fixtures';
import { stackNodes } from '../testing/compose-stack';
import { requireGo } from '../testing/go-check';
import { prepareFastTools, requireKafka, startKafkaBroker, writeToolWrappers, type KafkaBroker } from '../testing/kafka-broker';
import { importLive } from './import-live';

/**
 * Round trips through a real Kafka cluster, started with as many nodes as the
 * docker-compose export of these designs runs (the stack the design gets
 * locally): each design's kafka-topics.sh export runs unchanged on it, and a
 * live import of the cluster gives back the design's topics, with their
 * partitions, replication factors and every config.
 */

const execFileAsync = promisify(execFile);
requireKafka('Kafka round trips on a real cluster');
requireGo('Kafka round trips (the compose file is loaded with compose-go)');

/** Designs on one cluster of three nodes, as a team would draw them: the fixture, and generated ones. */
const generated = fc.sample(
  kafkaDesignArb({ topicName: fc.stringMatching(/^qw\.[a-z][a-z0-9._-]{0,20}$/) })
    .map((d) => ({ ...d, clusters: [{ ...d.clusters[0], nodes: 3 }], nodes: d.nodes.map((n) => (n.kind === 'kafka-topic' ? { ...n, cluster: d.clusters[0].id, ...(n.replicationFactor !== undefined ? { replicationFactor: Math.min(n.replicationFactor, 3) } : {}) } : n)) }) as Design)
    .filter((d) => kafkaScriptsExporter.export(d).ok && new Set(d.nodes.filter((n) => n.kind === 'kafka-topic').map((n) => n.name)).size === d.nodes.filter((n) => n.kind === 'kafka-topic').length),
  { numRuns: 3, seed: 4242 },
);
const DESIGNS: Array<[string, Design]> = [['the order pipeline fixture', loadFixture('kafka-order-pipeline')], ...generated.map((d, i): [string, Design] => [`generated design ${i + 1}`, d])];

const kafkaNodes = (design: Design) => stackNodes(design, 'apache/kafka:');

let broker: KafkaBroker;
let admin: Admin;
let work: string;
let bin: string;
const nodes = Math.max(...DESIGNS.map(([, d]) => kafkaNodes(d)));

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'qw-kafka-round-trip-'));
  broker = await startKafkaBroker({ nodes });
  await prepareFastTools(broker.bootstrap, work);
  bin = writeToolWrappers(path.join(work, 'bin'));
  admin = new kafkajs.Kafka({ clientId: 'qw-round-trip', brokers: broker.bootstrap.split(','), logLevel: kafkajs.logLevel.NOTHING }).admin();
  await admin.connect();
}, 180_000);

afterAll(async () => {
  await admin?.disconnect();
  await broker?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000);

async function deleteAllTopics(): Promise<void> {
  const topics = (await admin.listTopics()).filter((t) => !t.startsWith('__'));
  if (topics.length === 0) return;
  await admin.deleteTopics({ topics, timeout: 30_000 });
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

describe('Kafka round trips on a cluster sized like the compose stack', () => {
  it('the compose stack runs the nodes the designs need', () => {
    expect(nodes).toBe(3);
    for (const [label, design] of DESIGNS) {
      const needed = Math.max(...resolveDesign(design).nodes.map((n) => (n.kind === 'kafka-topic' ? n.replicationFactor : 1)));
      expect(kafkaNodes(design), label).toBeGreaterThanOrEqual(needed);
    }
  });

  it.each(DESIGNS)('%s: kafka-topics.sh runs unchanged, and a live import gives the same topics', async (label, design) => {
    await deleteAllTopics();
    const scripts = kafkaScriptsExporter.export(design);
    if (!scripts.ok) throw new Error(scripts.errors[0].message);
    for (const file of scripts.files) {
      const script = path.join(work, `${label.replace(/\W+/g, '-')}-${file.path}`);
      writeFileSync(script, file.content);
      await execFileAsync('bash', [script], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, BOOTSTRAP_SERVER: broker.bootstrap }, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
    }
    const live = await importLive({ from: 'kafka', bootstrap: broker.bootstrap, timeoutMs: 30_000 });
    if (!live.ok) throw new Error(live.error.message);
    expect(topicFacts(live.design)).toEqual(topicFacts(design));
    expect(live.design.clusters.map((c) => c.nodes)).toEqual([nodes]);
  }, 240_000);
});
