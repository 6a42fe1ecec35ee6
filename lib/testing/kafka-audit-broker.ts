import { type ChildProcess } from 'node:child_process';
import { Admin } from '@platformatic/kafka';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Design } from '../design';
import { readDesign } from '../design/read-design';
import type { Operation } from '../live/drift';
import { applyKafkaCluster, auditKafka, planKafkaCluster } from '../live/kafka-audit';
import { readKafkaClusterState } from '../live/kafka-cluster-state';
import { kafkaConnectionSchema, type KafkaConnection } from '../live/kafka-connection';
import { startKafkaBroker, type KafkaBroker } from './kafka-broker';
import { requireKafka } from './kafka-tools';

/**
 * The real Kafka broker the audit tests share (lib/live/kafka-audit.test.ts and kafka-access-audit.test.ts),
 * and their helpers. The broker runs KRaft's StandardAuthorizer with no access
 * without an ACL: the harness (PLAINTEXT) and USER are super users, READER is
 * granted only what reading needs; num.partitions=3 so "the cluster's default"
 * is visible. Each scenario owns the topics under its own prefix and audits
 * only that prefix, so the scenarios share a broker without seeing each other.
 */

export const USER = { username: 'auditor', password: 'aud1t-s3cret' };
/** A principal granted only Describe, DescribeConfigs and Read (on the cluster, every topic and every group). */
export const READER = { username: 'reader', password: 're4d-0nly' };

// Live bindings: set by useAuditBroker's beforeAll, read by the tests after it.
export let broker: KafkaBroker;
export let admin: Admin;
export let connection: KafkaConnection;
/** Console consumers a scenario starts; ended with the broker. */
export const consumers: ChildProcess[] = [];

export interface TopicDoc {
  name: string;
  partitions?: number;
  replicationFactor?: number;
  config?: Record<string, string | number | boolean>;
}

/** A design with these topics (and consumer groups reading the first topic). */
export function designDoc(topics: TopicDoc[], groups: string[] = [], clusterConfig: Record<string, unknown> = {}) {
  return {
    queuewright: 2,
    clusters: [{ id: 'main', name: 'Main', broker: 'kafka', config: clusterConfig }],
    nodes: [...topics.map((t) => ({ ...t, kind: 'kafka-topic', id: `t-${t.name}`, cluster: 'main' })), ...groups.map((g) => ({ kind: 'consumer-group', id: `g-${g}`, name: g, groupId: g }))],
    connections: groups.map((g) => ({ id: `c-${g}`, kind: 'consume', from: `t-${topics[0].name}`, to: `g-${g}` })),
  };
}

export function design(topics: TopicDoc[], groups: string[] = [], clusterConfig: Record<string, unknown> = {}): Design {
  const read = readDesign(JSON.stringify(designDoc(topics, groups, clusterConfig)));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.design;
}

export async function liveTopic(name: string) {
  const state = await readKafkaClusterState(admin, { include: (n) => n === name });
  return state.topics[0];
}

/** Creates a topic behind the audit's back, and waits until the broker's metadata shows it (it lags the controller under load). */
export async function create(name: string, partitions: number, configs: Record<string, string> = {}) {
  await admin.createTopics({ topics: [name], partitions, replicas: 1, configs: Object.entries(configs).map(([n, value]) => ({ name: n, value })) });
  for (let i = 0; i < 120 && !(await admin.listTopics()).includes(name); i++) await new Promise((r) => setTimeout(r, 250));
  const shown = async () => {
    const topic = await liveTopic(name);
    return topic !== undefined && Object.entries(configs).every(([key, value]) => topic.configs[key]?.value === value && topic.configs[key].source === 'set on the topic');
  };
  for (let i = 0; i < 120 && !(await shown()); i++) await new Promise((r) => setTimeout(r, 250));
}

export const scope = (prefix: string) => ({ scope: { prefix } });
export const summary = (ops: Operation[]) => ops.map((o) => `${o.action} ${o.resource.name} ${o.safety}`);

/** Applies, then checks the cluster now matches: no drift, and a second apply plans nothing. */
export async function applyAndSettle(d: Design, prefix: string, allowDelete: string[] = []) {
  const applied = await applyKafkaCluster(connection, d, { ...scope(prefix), allowDelete: new Set(allowDelete) });
  expect(applied.result.failed).toBeUndefined();
  const after = await auditKafka(connection, d, scope(prefix));
  const again = await planKafkaCluster(connection, d, { ...scope(prefix), allowDelete: new Set(allowDelete) });
  return { applied, after, again };
}

/** Starts the broker before the file's tests and stops it (and any consumers) after them. */
export function useAuditBroker(): void {
  requireKafka('Kafka audit tests');
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
}
