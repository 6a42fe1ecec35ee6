import type tls from 'node:tls';
import kafkajs from 'kafkajs';
import { BROKER_SETTINGS } from '../brokers/kafka/broker-settings';
import type { ConnectionGuard } from './connection-guard';
import { formatHostPort, parseHostPort, type HostPort } from './host-port';
import type { KafkaConnection } from './kafka-connection';
import { LiveImportError, redact, withDeadline } from './live-error';

/**
 * Reads a live Kafka cluster's topology, read-only, through the admin
 * protocol (kafkajs, pure JavaScript, works on Node 20 against Kafka 2.x–4.x):
 * Metadata (brokers, topics, partitions, replicas), DescribeConfigs (the
 * configs set on each topic, and the broker settings a broker's own
 * configuration declares), ListGroups /
 * DescribeGroups (consumer groups, members and the topics they subscribe to)
 * and OffsetFetch for groups without members (the topics they committed).
 * No request that creates or changes anything is ever sent. The whole read is
 * bounded by `timeoutMs`; every socket goes through a ConnectionGuard (allow
 * list, byte budget) and is destroyed at the deadline and at the end, on every
 * path. Each bootstrap server is tried in turn until one answers.
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
  /**
   * `consumer` for a group on the KIP-848 consumer protocol: DescribeGroups
   * (the classic API, all kafkajs speaks) shows such a group as Dead with no
   * members, so its topics come from its committed offsets.
   */
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

const TOPIC_CONFIG_SOURCE = 1;
/** DescribeConfigs sources of a value a broker's own configuration sets (dynamic per broker, dynamic cluster-wide, server.properties). */
const BROKER_SOURCES = new Set([2, 3, 4]);
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
/** Bounds so a huge cluster cannot make one import unbounded in memory. */
export const MAX_LIVE_TOPICS = 5000;
export const MAX_LIVE_GROUPS = 2000;
const DESCRIBE_BATCH = 200;

/** Turns a kafkajs (or socket) error into a message a person can act on. Never includes credentials. */
export function kafkaErrorToLive(error: unknown, connection: Pick<KafkaConnection, 'bootstrap' | 'sasl' | 'tls'>): LiveImportError {
  if (error instanceof LiveImportError) return error;
  const where = connection.bootstrap.join(', ');
  const chain: Array<Record<string, unknown>> = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown; originalError?: unknown }).cause ?? (e as { originalError?: unknown }).originalError, depth++) {
    chain.push(e as Record<string, unknown>);
  }
  const names = chain.map((e) => String(e.name ?? ''));
  const text = chain.map((e) => `${String(e.message ?? '')} ${String(e.type ?? '')} ${String(e.code ?? '')}`).join(' | ');
  const secrets = [connection.sasl?.password, connection.sasl?.username];
  const detail = redact(text.slice(0, 300), secrets);

  if (names.includes('KafkaJSSASLAuthenticationError') || /SASL_AUTHENTICATION_FAILED|Authentication failed/i.test(text)) {
    return new LiveImportError('auth', `The cluster at ${where} refused the credentials (SASL ${connection.sasl?.mechanism ?? 'authentication'} failed). Check the user name, password and mechanism.`);
  }
  if (/UNSUPPORTED_SASL_MECHANISM|ILLEGAL_SASL_STATE/.test(text)) {
    return new LiveImportError('auth', `The cluster at ${where} does not accept SASL ${connection.sasl?.mechanism ?? ''} on this listener. Check the mechanism, or whether this listener uses SASL at all.`);
  }
  if (/_AUTHORIZATION_FAILED/.test(text)) {
    return new LiveImportError('forbidden', `The cluster at ${where} does not allow this user to describe the cluster (${/(\w+)_AUTHORIZATION_FAILED/.exec(text)?.[1]?.toLowerCase() ?? 'cluster'} authorization failed). Grant Describe on the cluster, topics and groups, and DescribeConfigs on topics.`);
  }
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) {
    return new LiveImportError('unreachable', `Cannot resolve the host of ${where}. Check the bootstrap server names.`);
  }
  if (/ECONNREFUSED/.test(text)) {
    return new LiveImportError('unreachable', `Nothing answers at ${where} (connection refused). Check the host and port, and that the broker listens there.`);
  }
  if (/EHOSTUNREACH|ENETUNREACH|ECONNRESET|EPIPE/.test(text)) {
    return new LiveImportError('unreachable', `The connection to ${where} failed (${/E[A-Z]+/.exec(text)?.[0]}).`);
  }
  if (/certificate|SSL|TLS|self.signed|unable to verify|wrong version number|EPROTO/i.test(text)) {
    return new LiveImportError('tls', `The TLS handshake with ${where} failed: ${detail}. Check whether the listener uses TLS, and the CA certificate.`);
  }
  if (names.some((n) => n === 'KafkaJSRequestTimeoutError' || n === 'KafkaJSTimeout') || /timed? ?out|Connection timeout/i.test(text)) {
    return new LiveImportError('timeout', `${where} did not answer in time. The host may be firewalled, or the listener may expect TLS or SASL.`);
  }
  if (names.includes('KafkaJSConnectionClosedError') || /Closed connection|connection closed/i.test(text)) {
    return new LiveImportError('unreachable', `${where} closed the connection. The listener may expect TLS or SASL, or it may not be a Kafka broker.`);
  }
  if (names.some((n) => n.startsWith('KafkaJSConnection'))) {
    return new LiveImportError('unreachable', `Cannot connect to ${where}: ${detail}`);
  }
  return new LiveImportError('failed', `Reading the cluster at ${where} failed: ${detail}`);
}

function mechanism(connection: KafkaConnection) {
  const sasl = connection.sasl;
  if (!sasl) return undefined;
  return { mechanism: sasl.mechanism, username: sasl.username, password: sasl.password } as kafkajs.SASLOptions;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * kafkajs splits a broker string at its first colon, which an IPv6 address
 * breaks: it is given a stand-in name instead, which the socket factory turns
 * back into the real endpoint. (Brokers found in metadata come as host and
 * port apart, and need no stand-in.)
 */
const SEED_HOST = 'bootstrap.queuewright.invalid';

function clientFor(connection: KafkaConnection, seed: HostPort, guard: ConnectionGuard, connectTimeout: number): kafkajs.Kafka {
  const budget = connection.timeoutMs;
  return new kafkajs.Kafka({
    clientId: 'queuewright-import',
    brokers: [`${SEED_HOST}:${seed.port}`],
    ssl: connection.tls ? { rejectUnauthorized: connection.tls.rejectUnauthorized, ...(connection.tls.ca ? { ca: [connection.tls.ca] } : {}) } : undefined,
    sasl: mechanism(connection),
    socketFactory: ({ host, port, ssl, onConnect }) => {
      const tlsOptions = ssl ? (ssl as tls.ConnectionOptions) : undefined;
      return host === SEED_HOST ? guard.connect(seed.host, seed.port, tlsOptions, onConnect) : guard.connect(host, port, tlsOptions, onConnect);
    },
    // Each step gets a slice of the budget; the deadline below bounds the sum.
    connectionTimeout: connectTimeout,
    authenticationTimeout: Math.min(5000, budget),
    requestTimeout: Math.min(8000, budget),
    enforceRequestTimeout: true,
    retry: { retries: 1, initialRetryTime: 200, maxRetryTime: 1000 },
    // kafkajs logs broker addresses and errors to the console; the import reports them itself.
    logLevel: kafkajs.logLevel.NOTHING,
  });
}

/**
 * Connects through the first bootstrap server that answers, trying each in
 * turn with a fair share of the time left (kafkajs alone retries a fixed
 * number of times, so a list longer than its retries was never tried to the
 * end, and a silent server could take the whole budget).
 */
async function connectAdmin(connection: KafkaConnection, guard: ConnectionGuard, deadline: number): Promise<kafkajs.Admin> {
  const seeds = connection.bootstrap.map((text) => parseHostPort(text)!);
  const failures: LiveImportError[] = [];
  for (const [i, seed] of seeds.entries()) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const share = Math.max(1000, Math.floor(left / (seeds.length - i)));
    const attempt = guard.child();
    const admin = clientFor(connection, seed, attempt, Math.min(5000, share)).admin({ retry: { retries: 0 } });
    try {
      await withDeadline(admin.connect(), share, formatHostPort(seed), () => attempt.closeAll());
      return admin;
    } catch (error) {
      attempt.closeAll();
      // Not awaited: with its sockets gone, kafkajs may still wait on requests that can never finish.
      void admin.disconnect().catch(() => undefined);
      failures.push(kafkaErrorToLive(error, { ...connection, bootstrap: [formatHostPort(seed)] }));
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
  let admin: kafkajs.Admin | undefined;
  const read = async () => {
    admin = await connectAdmin(connection, guard, deadline);
    return readWith(admin, connection);
  };
  try {
    return await withDeadline(Promise.race([read(), guard.stopped]), budget, `The cluster at ${connection.bootstrap.join(', ')}`, () => guard.closeAll());
  } catch (error) {
    // The guard's own refusal (not allowed, too large) is the real reason behind kafkajs's "connection closed".
    throw guard.failure ?? kafkaErrorToLive(error, connection);
  } finally {
    // Every socket goes now; kafkajs's own disconnect is not awaited (it may wait on requests that will never finish).
    guard.closeAll();
    void admin?.disconnect().catch(() => undefined);
  }
}

async function readWith(admin: kafkajs.Admin, connection: KafkaConnection): Promise<LiveKafkaSnapshot> {
  await admin.connect();
  const problems: string[] = [];
  const cluster = await admin.describeCluster();
  const names = (await admin.listTopics()).sort();
  const internalTopics = names.filter((n) => n.startsWith('__'));
  let userTopics = names.filter((n) => !n.startsWith('__'));
  if (userTopics.length > MAX_LIVE_TOPICS) {
    problems.push(`The cluster has ${userTopics.length} topics; the first ${MAX_LIVE_TOPICS} by name were read.`);
    userTopics = userTopics.slice(0, MAX_LIVE_TOPICS);
  }

  const brokerSettings = await readBrokerSettings(admin, cluster.brokers.map((b) => b.nodeId), problems, connection);

  const topics: LiveKafkaTopic[] = [];
  for (const batch of chunks(userTopics, DESCRIBE_BATCH)) {
    const metadata = await admin.fetchTopicMetadata({ topics: batch });
    const configs = await admin.describeConfigs({ resources: batch.map((name) => ({ type: kafkajs.ConfigResourceTypes.TOPIC, name })), includeSynonyms: false });
    for (const name of batch) {
      const meta = metadata.topics.find((t) => t.name === name);
      const resource = configs.resources.find((r) => r.resourceName === name);
      if (!meta) continue;
      const overrides: Record<string, string> = {};
      if (resource && resource.errorCode === 0) {
        for (const entry of resource.configEntries) {
          if (!entry.isSensitive && entry.configSource === TOPIC_CONFIG_SOURCE) overrides[entry.configName] = entry.configValue;
        }
      } else problems.push(`The configs of topic "${name}" could not be read${resource ? ` (${resource.errorMessage || `error ${resource.errorCode}`})` : ''}.`);
      const replicas = meta.partitions.map((p) => p.replicas.length);
      topics.push({ name, partitions: meta.partitions.length, replicationFactor: replicas.length > 0 ? Math.max(...replicas) : 0, overrides });
    }
  }

  const groups: LiveKafkaGroup[] = [];
  let listed = (await admin.listGroups()).groups;
  if (listed.length > MAX_LIVE_GROUPS) {
    problems.push(`The cluster has ${listed.length} groups; the first ${MAX_LIVE_GROUPS} by id were read.`);
    listed = [...listed].sort((a, b) => (a.groupId < b.groupId ? -1 : 1)).slice(0, MAX_LIVE_GROUPS);
  }
  const consumerGroups = listed.filter((g) => g.protocolType === 'consumer' || g.protocolType === '');
  for (const g of listed) if (!consumerGroups.includes(g)) problems.push(`Group "${g.groupId}" is a ${g.protocolType || 'non-consumer'} group; only consumer groups are drawn.`);
  for (const batch of chunks(consumerGroups.map((g) => g.groupId), DESCRIBE_BATCH)) {
    const described = await admin.describeGroups(batch);
    for (const d of described.groups) {
      const members = d.members.map((m) => {
        let topicsOfMember: string[] = [];
        try {
          topicsOfMember = kafkajs.AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.topics ?? [];
        } catch {
          problems.push(`A member of group "${d.groupId}" sent subscription data that is not the consumer protocol's.`);
        }
        return { clientId: m.clientId, host: m.clientHost, topics: topicsOfMember };
      });
      const newProtocol = d.state === 'Dead' && d.protocolType === '' && d.members.length === 0;
      groups.push({
        groupId: d.groupId,
        protocolType: 'consumer',
        groupProtocol: newProtocol ? 'consumer' : 'classic',
        protocol: d.protocol || undefined,
        state: newProtocol ? 'unknown (consumer protocol)' : d.state,
        members,
        committedTopics: [],
      });
    }
  }
  // Groups without (classic) members: the topics they committed offsets for say what they read.
  for (const group of groups) {
    if (group.members.length > 0) continue;
    try {
      // Without topics, OffsetFetch answers every topic the group committed for.
      const offsets = await admin.fetchOffsets({ groupId: group.groupId });
      group.committedTopics = offsets.filter((t) => t.partitions.some((p) => p.offset !== '-1')).map((t) => t.topic).sort();
    } catch (error) {
      problems.push(`The committed offsets of group "${group.groupId}" could not be read: ${kafkaErrorToLive(error, connection).message}`);
    }
  }
  return { bootstrap: connection.bootstrap, clusterId: cluster.clusterId, brokers: cluster.brokers.length, topics, brokerSettings, internalTopics, groups, problems };
}

/**
 * The broker settings one broker's configuration sets (the lowest node id: brokers
 * of one cluster normally share their configuration), among those the design holds.
 */
async function readBrokerSettings(admin: kafkajs.Admin, nodeIds: number[], problems: string[], connection: KafkaConnection): Promise<Record<string, string>> {
  const settings: Record<string, string> = {};
  if (nodeIds.length === 0) return settings;
  const nodeId = String(Math.min(...nodeIds));
  try {
    const configs = await admin.describeConfigs({ resources: [{ type: kafkajs.ConfigResourceTypes.BROKER, name: nodeId }], includeSynonyms: false });
    const resource = configs.resources[0];
    if (!resource || resource.errorCode !== 0) {
      problems.push(`The configuration of broker ${nodeId} could not be read${resource ? ` (${resource.errorMessage || `error ${resource.errorCode}`})` : ''}: the cluster's settings are not known.`);
      return settings;
    }
    for (const entry of resource.configEntries) {
      if (!entry.isSensitive && BROKER_SOURCES.has(entry.configSource) && READ_BROKER_SETTINGS.has(entry.configName)) settings[entry.configName] = entry.configValue;
    }
  } catch (error) {
    problems.push(`The configuration of broker ${nodeId} could not be read: ${kafkaErrorToLive(error, connection).message} The cluster's settings are not known.`);
  }
  return settings;
}
