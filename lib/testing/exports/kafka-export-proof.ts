import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Admin } from '@platformatic/kafka';
import { expect } from 'vitest';
import { resolveDesign } from '../../brokers/resolve';
import type { Design } from '../../design';
import { kafkaClientPropertiesExporter } from '../../exporters/kafka-client-properties';
import { groupOfTopic, kafkaClients, kafkaTopicGroups, topicSettings } from '../../exporters/kafka-common';
import { configValueText, TOPIC_CONFIG_DOMAIN } from '../../exporters/kafka-config-domain';
import { fileStems } from '../../exporters/file-name';
import { kafkaScriptsExporter } from '../../exporters/kafka-scripts';
import { runClientCheck } from '../client-check';
import type { KafkaBroker } from '../kafka-broker';

/**
 * How the Kafka export tests prove a design on a real broker: run its
 * kafka-topics.sh script through Kafka's own tools, describe every topic back,
 * then load its client files in Kafka's Java client and send a message through.
 */

const execFileAsync = promisify(execFile);

/** What the proof runs against: a started broker, an admin client on it, the tool wrappers and the compiled ClientCheck. */
export interface KafkaProofEnvironment {
  broker: KafkaBroker;
  admin: Admin;
  /** The folder holding the kafka-topics.sh / kafka-configs.sh wrappers. */
  bin: string;
  /** The compiled ClientCheck classes. */
  classes: string;
  /** A scratch folder for exported files. */
  work: string;
}

const TOPIC_CONFIG = 1; // DescribeConfigs source TOPIC_CONFIG: set on the topic itself
const TOPIC_RESOURCE = 2; // DescribeConfigs resource type TOPIC

/** What the broker says about topics: partitions, replicas per partition and the configs set on the topic. */
async function describeTopics(admin: Admin, names: string[]) {
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

async function deleteAllTopics(admin: Admin): Promise<void> {
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

async function runScript({ broker, bin }: KafkaProofEnvironment, scriptPath: string) {
  return execFileAsync('bash', [scriptPath], {
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, BOOTSTRAP_SERVER: broker.bootstrap },
    timeout: 300_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** Runs ClientCheck.java with a plan; returns its OK/FAIL/NOTE lines. */
function clientCheck({ broker, classes, work }: KafkaProofEnvironment, plan: string[]): Promise<string[]> {
  return runClientCheck(classes, broker.bootstrap, plan, work);
}

/**
 * Exports a design, runs its scripts on the broker, compares what the broker
 * holds with the design, then proves the client files. Returns the designs'
 * topic count, so callers can see something was checked.
 */
async function proveDesign(env: KafkaProofEnvironment, label: string, design: Design): Promise<number> {
  await deleteAllTopics(env.admin);
  const scripts = kafkaScriptsExporter.export(design);
  if (!scripts.ok) throw new Error(`${label}: ${scripts.errors.map((e) => e.message).join('; ')}`);
  const groups = kafkaTopicGroups(design);
  const dir = path.join(env.work, label.replace(/[^a-z0-9-]+/gi, '_'));
  mkdirSync(dir, { recursive: true });
  let topicCount = 0;
  for (const [i, group] of groups.entries()) {
    if (i > 0) await deleteAllTopics(env.admin);
    const file = scripts.files[i];
    const scriptPath = path.join(dir, file.path);
    writeFileSync(scriptPath, file.content);
    await runScript(env, scriptPath).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`${label}: ${file.path} failed against the broker:\n${error.stderr ?? ''}\n${error.stdout ?? ''}`);
    });

    const described = await describeTopics(
      env.admin,
      group.topics.map((t) => t.name),
    );
    const expected = group.topics.map((t) => ({ name: t.name, partitions: t.partitions, replicas: [t.replicationFactor], configs: designConfigs(design, t.id) }));
    const actual = described.map((d) => ({ ...d, configs: Object.fromEntries(Object.entries(d.configs).map(([k, v]) => [k, canonicalValue(k, v)])) }));
    expect(actual, `${label}: ${file.path}`).toEqual(expected);
    topicCount += group.topics.length;

    await proveClients(env, label, design, group.id, dir);
  }
  return topicCount;
}

/**
 * The client files of one cluster's topics: producers send, consumer groups
 * read what the design's producers send, and the instance files of a
 * transactional producer run side by side without fencing each other.
 */
async function proveClients(env: KafkaProofEnvironment, label: string, design: Design, groupId: string, dir: string): Promise<void> {
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
  const lines = await clientCheck(env, plan);
  const failures = lines.filter((l) => l.startsWith('FAIL'));
  expect(failures, `${label}: client files refused by Kafka's Java client`).toEqual([]);
  expect(
    lines.filter((l) => l.startsWith('OK')),
    label,
  ).toHaveLength(plan.length);
}

/** The proof's steps, on one environment (the export tests' `proof`). */
export function kafkaExportProof(env: KafkaProofEnvironment) {
  return {
    describeTopics: (names: string[]) => describeTopics(env.admin, names),
    designConfigs,
    deleteAllTopics: () => deleteAllTopics(env.admin),
    runScript: (scriptPath: string) => runScript(env, scriptPath),
    clientCheck: (plan: string[]) => clientCheck(env, plan),
    proveDesign: (label: string, design: Design) => proveDesign(env, label, design),
  };
}

export type KafkaExportProof = ReturnType<typeof kafkaExportProof>;
