import type { Admin, ClusterMetadata } from '@platformatic/kafka';
import { BROKER_SETTINGS } from '../brokers/kafka/broker-settings';
import type { ConnectionGuard } from './connection-guard';
import { formatHostPort, parseHostPort } from './host-port';
import { kafkaAdmin, kafkaAdminError } from './kafka-admin';
import { readKafkaClusterState } from './kafka-cluster-state';
import type { KafkaConnection } from './kafka-connection';
import { kafkaErrorToLive } from './kafka-errors';
import { LiveImportError, withDeadline } from './live-error';

/**
 * Reads a live Kafka cluster's topology, read-only, through the one Kafka
 * client (kafka-admin.ts: @platformatic/kafka, every socket through the
 * read's ConnectionGuard: allow list at connect time, byte budget):
 * Metadata (brokers, topics, partitions, replicas), DescribeConfigs (the
 * configs set on each topic, and the broker settings a broker's own
 * configuration declares), ListGroups, DescribeGroups and
 * ConsumerGroupDescribe (consumer groups on both protocols, their members and
 * the topics they read; kafka-cluster-state.ts, shared with the audit) and
 * OffsetFetch for groups without members (the topics they committed). No
 * request that creates or changes anything is ever sent. The whole read is
 * bounded by `timeoutMs`; every socket is destroyed at the deadline and at
 * the end, on every path. Each bootstrap server is tried in turn until one
 * answers.
 */

/** A topic as the cluster describes it. */
export interface LiveKafkaTopic {
  name: string;
  partitions: number;
  replicationFactor: number;
  /**
   * Configs set on the topic itself (DescribeConfigs source TOPIC_CONFIG). A
   * topic's other values are its cluster's (`brokerSettings`) or Kafka's own
   * defaults: not facts about the topic, so not read as such.
   */
  overrides: Record<string, string>;
}

export interface LiveKafkaGroup {
  groupId: string;
  /** `consumer` for consumer groups; other types (connect, share) are reported, not drawn. */
  protocolType: string;
  /** `consumer` for a group on the KIP-848 consumer protocol (read with ConsumerGroupDescribe, members and all). */
  groupProtocol: 'classic' | 'consumer';
  /** The classic assignor in use (range, roundrobin, …) when the group is active. */
  protocol?: string;
  state: string;
  members: Array<{ clientId: string; host: string; topics: string[] }>;
  /** Topics with committed offsets (read for groups without members). */
  committedTopics: string[];
}

export interface LiveKafkaSnapshot {
  bootstrap: string[];
  clusterId?: string;
  brokers: number;
  topics: LiveKafkaTopic[];
  /**
   * Broker settings the design's cluster can hold (BROKER_SETTINGS: num.partitions,
   * min.insync.replicas, log.retention.*, …) that one broker's configuration sets
   * (DescribeConfigs sources DYNAMIC_BROKER_CONFIG, DYNAMIC_DEFAULT_BROKER_CONFIG,
   * STATIC_BROKER_CONFIG), by their broker names. Kafka's defaults are left out.
   */
  brokerSettings: Record<string, string>;
  internalTopics: string[];
  groups: LiveKafkaGroup[];
  /** What could not be read, by what (e.g. group describe refused by ACLs). */
  problems: string[];
}

/** DescribeConfigs sources of a value a broker's own configuration sets (dynamic per broker, dynamic cluster-wide, server.properties). */
const BROKER_SOURCES = new Set([2, 3, 4]);
const BROKER_RESOURCE = 4;
/**
 * The broker settings read: every Apache Kafka name the design's cluster config
 * resolves (lib/brokers/kafka/broker-settings.ts), with the other spellings
 * Kafka reads for retention and segment rolling.
 */
export const READ_BROKER_SETTINGS: ReadonlySet<string> = new Set([
  ...Object.values(BROKER_SETTINGS).flatMap((s) => ('kafka' in s && s.kafka ? [s.kafka.name] : [])),
  'log.retention.minutes',
  'log.retention.hours',
  'log.roll.hours',
]);
const OFFSETS_BATCH = 200;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface Connected {
  admin: Admin;
  metadata: ClusterMetadata;
}

/**
 * Connects through the first bootstrap server that answers, trying each in
 * turn with a fair share of the time left (a server that accepts and never
 * answers must not take the whole budget, and the client alone would settle
 * for the first that accepts a connection).
 */
async function connectAdmin(connection: KafkaConnection, guard: ConnectionGuard, deadline: number): Promise<Connected> {
  const seeds = connection.bootstrap.map((text) => parseHostPort(text)!);
  const failures: LiveImportError[] = [];
  for (const [i, seed] of seeds.entries()) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const share = Math.max(1000, Math.floor(left / (seeds.length - i)));
    const attempt = guard.child();
    const one = { ...connection, bootstrap: [formatHostPort(seed)] };
    const admin = kafkaAdmin(one, attempt, { connectTimeoutMs: share });
    try {
      const metadata = await withDeadline(admin.metadata({ topics: [] }), share, formatHostPort(seed), () => attempt.closeAll());
      return { admin, metadata };
    } catch (error) {
      attempt.closeAll();
      void admin.close().catch(() => undefined);
      failures.push(guard.failure ?? kafkaErrorToLive(error, one));
      // The byte budget is for the whole read: once spent, no other server is tried.
      if (guard.failure?.code === 'too-large') break;
    }
  }
  if (failures.length === 1) throw failures[0];
  if (failures.length === 0) throw new LiveImportError('timeout', `No bootstrap server of ${connection.bootstrap.join(', ')} could be tried in time.`);
  const code = failures.find((f) => f.code === 'auth' || f.code === 'tls')?.code ?? failures[failures.length - 1].code;
  throw new LiveImportError(code, `None of the ${failures.length} bootstrap servers could be read. ${failures.map((f) => f.message).join(' ')}`);
}

/** Reads the cluster through `guard`. Throws a LiveImportError (never anything else) on failure. */
export async function readKafkaCluster(connection: KafkaConnection, guard: ConnectionGuard): Promise<LiveKafkaSnapshot> {
  const budget = connection.timeoutMs;
  const deadline = Date.now() + budget;
  let admin: Admin | undefined;
  const read = async () => {
    const connected = await connectAdmin(connection, guard, deadline);
    admin = connected.admin;
    return readWith(connected, connection);
  };
  try {
    return await withDeadline(Promise.race([read(), guard.stopped]), budget, `The cluster at ${connection.bootstrap.join(', ')}`, () => guard.closeAll());
  } catch (error) {
    throw kafkaAdminError(error, connection, guard);
  } finally {
    // Every socket goes now; the client's own close is not awaited (it may wait on requests that will never finish).
    guard.closeAll();
    void admin?.close().catch(() => undefined);
  }
}

async function readWith({ admin, metadata }: Connected, connection: KafkaConnection): Promise<LiveKafkaSnapshot> {
  const state = await readKafkaClusterState(admin);
  const problems = [...state.problems];
  const brokerSettings = await readBrokerSettings(admin, [...metadata.brokers.keys()], problems, connection);
  const topics: LiveKafkaTopic[] = state.topics.map((t) => ({
    name: t.name,
    partitions: t.partitions,
    replicationFactor: t.replicationFactor,
    overrides: Object.fromEntries(Object.entries(t.configs).flatMap(([name, c]) => (c.source === 'set on the topic' ? [[name, c.value]] : []))),
  }));
  for (const g of state.otherGroups) problems.push(`Group "${g.groupId}" is a ${g.protocolType || 'non-consumer'} group; only consumer groups are drawn.`);
  const groups: LiveKafkaGroup[] = state.groups.map((g) => ({
    groupId: g.groupId,
    protocolType: 'consumer',
    groupProtocol: g.protocol,
    // The assignor names of the classic protocol (range, roundrobin, …); a consumer-protocol group's are the broker's own.
    protocol: g.protocol === 'classic' ? g.assignor : undefined,
    state: g.state,
    members: g.members,
    committedTopics: [],
  }));
  await readCommittedTopics(admin, groups, problems, connection);
  return { bootstrap: connection.bootstrap, clusterId: metadata.id, brokers: metadata.brokers.size, topics, brokerSettings, internalTopics: state.internalTopics, groups, problems };
}

/** Groups without members: the topics they committed offsets for say what they read. */
async function readCommittedTopics(admin: Admin, groups: LiveKafkaGroup[], problems: string[], connection: KafkaConnection): Promise<void> {
  const idle = groups.filter((g) => g.members.length === 0);
  for (const batch of chunks(idle, OFFSETS_BATCH)) {
    try {
      // Without topics, OffsetFetch answers every topic the group committed for.
      const answers = await admin.listConsumerGroupOffsets({ groups: batch.map((g) => g.groupId) });
      const byId = new Map(answers.map((a) => [a.groupId, a]));
      for (const group of batch) {
        const topics = byId.get(group.groupId)?.topics ?? [];
        group.committedTopics = topics
          .filter((t) => t.partitions.some((p) => p.committedOffset >= 0n))
          .map((t) => t.name)
          .sort();
      }
    } catch (error) {
      problems.push(`The committed offsets of ${batch.length === 1 ? `group "${batch[0].groupId}"` : `${batch.length} groups`} could not be read: ${kafkaErrorToLive(error, connection).message}`);
    }
  }
}

/**
 * The broker settings one broker's configuration sets (the lowest node id: brokers
 * of one cluster normally share their configuration), among those the design holds.
 */
async function readBrokerSettings(admin: Admin, nodeIds: number[], problems: string[], connection: KafkaConnection): Promise<Record<string, string>> {
  const settings: Record<string, string> = {};
  if (nodeIds.length === 0) return settings;
  const nodeId = String(Math.min(...nodeIds));
  try {
    const [resource] = await admin.describeConfigs({ resources: [{ resourceType: BROKER_RESOURCE, resourceName: nodeId }], includeSynonyms: false });
    for (const entry of resource?.configs ?? []) {
      if (!entry.isSensitive && entry.value !== null && entry.value !== undefined && BROKER_SOURCES.has(entry.configSource) && READ_BROKER_SETTINGS.has(entry.name)) settings[entry.name] = entry.value;
    }
  } catch (error) {
    problems.push(`The configuration of broker ${nodeId} could not be read: ${kafkaErrorToLive(error, connection).message} The cluster's settings are not known.`);
  }
  return settings;
}
