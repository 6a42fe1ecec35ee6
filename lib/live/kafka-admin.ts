import {
  Admin,
  createAPI,
  createTopicsV7,
  kGetBootstrapConnection,
  kGetConnection,
  type Connection,
  type Reader,
  Writer,
} from '@platformatic/kafka';
import { parseHostPort } from './host-port';
import type { KafkaConnection } from './kafka-connection';
import { kafkaErrorToLive } from './kafka-reader';
import { LiveImportError, withDeadline } from './live-error';

/**
 * The Kafka admin client of audit, plan and apply: @platformatic/kafka (pure
 * JavaScript, maintained, speaks Kafka 4's APIs), with the two requests its
 * high-level Admin lacks done here on its own connections:
 *
 * - ConsumerGroupDescribe (API 69): the only way to see the members of a group
 *   on the KIP-848 consumer protocol (DescribeGroups answers "Dead"). The
 *   library's own parser (1.35.0) reads `subscribed_topic_names` as one string
 *   instead of an array and fails on any group with members, so the response
 *   is parsed here.
 * - CreateTopics with validate_only: the Admin always sends false.
 *
 * The library opens its sockets itself (no socket factory), so the
 * ConnectionGuard's allow-list and byte budget cannot wrap it: this client is
 * for the command line, which may reach any host its operator can. The
 * studio's server keeps reading through kafka-reader.ts (kafkajs), which the
 * guard does wrap.
 */

/** Builds an admin client for `connection`; nothing is sent until the first request. */
export function kafkaAdmin(connection: KafkaConnection): Admin {
  const timeout = Math.min(connection.timeoutMs, 15_000);
  return new Admin({
    clientId: 'queuewright-audit',
    bootstrapBrokers: connection.bootstrap.map((text) => {
      const hostPort = parseHostPort(text)!;
      return { host: hostPort.host, port: hostPort.port };
    }),
    ...(connection.sasl
      ? { sasl: { mechanism: connection.sasl.mechanism.toUpperCase() as 'PLAIN', username: connection.sasl.username, password: connection.sasl.password } }
      : {}),
    ...(connection.tls ? { tls: { rejectUnauthorized: connection.tls.rejectUnauthorized, ...(connection.tls.ca ? { ca: connection.tls.ca } : {}) } } : {}),
    connectTimeout: Math.min(5000, timeout),
    requestTimeout: timeout,
    timeout,
    // One retry: an unreachable cluster must fail within the budget, not after the library's default three.
    retries: 1,
    retryDelay: 200,
  });
}

/**
 * The text of a library error and everything nested in it (the library wraps
 * the broker's own message, e.g. "Invalid value zz for configuration
 * retention.ms", two levels down in `errors`).
 */
export function kafkaErrorDetail(error: unknown): string {
  const parts: string[] = [];
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== 'object' || depth > 5 || parts.length > 12) return;
    const record = e as { message?: unknown; serverErrorMessage?: unknown; apiId?: unknown; code?: unknown; errors?: unknown; cause?: unknown };
    const own = [record.serverErrorMessage, record.apiId, record.code].filter((v) => typeof v === 'string' && v !== '') as string[];
    if (own.length > 0) parts.push(own.join(' '));
    else if (typeof record.message === 'string' && depth === 0) parts.push(record.message);
    if (Array.isArray(record.errors)) for (const inner of record.errors) visit(inner, depth + 1);
    if (record.cause) visit(record.cause, depth + 1);
  };
  visit(error, 0);
  return [...new Set(parts)].join('; ') || String(error);
}

/** A library error as the live import's error codes and messages (unreachable, auth, forbidden, …). */
export function kafkaAdminError(error: unknown, connection: KafkaConnection): LiveImportError {
  if (error instanceof LiveImportError) return error;
  // The live import's mapping reads the text: the library's nested broker messages and codes are flattened into it.
  return kafkaErrorToLive(new Error(kafkaErrorDetail(error)), connection);
}

/** Runs `work` against the admin within the connection's time budget; failures become LiveImportErrors. */
export async function withAdmin<T>(connection: KafkaConnection, work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafkaAdmin(connection);
  try {
    return await withDeadline(work(admin), connection.timeoutMs, `The cluster at ${connection.bootstrap.join(', ')}`, () => admin.close());
  } catch (error) {
    throw kafkaAdminError(error, connection);
  } finally {
    await admin.close().catch(() => undefined);
  }
}

function bootstrapConnection(admin: Admin): Promise<Connection> {
  return new Promise((resolve, reject) => admin[kGetBootstrapConnection]((error, connection) => (error ? reject(error) : resolve(connection!))));
}

/** A member of a group on the consumer protocol, as ConsumerGroupDescribe tells it. */
export interface ConsumerProtocolMember {
  memberId: string;
  clientId: string;
  clientHost: string;
  subscribedTopics: string[];
  assignedTopics: string[];
}

export interface ConsumerProtocolGroup {
  groupId: string;
  errorCode: number;
  state: string;
  assignor: string;
  members: ConsumerProtocolMember[];
}

function readAssignment(r: Reader): string[] {
  const topics = r.readArray((t) => {
    t.readUUID();
    const name = t.readString();
    t.readArray(() => t.readInt32(), true, false);
    return name;
  });
  r.readTaggedFields();
  return topics;
}

/** ConsumerGroupDescribe v0 (KIP-848), parsed by its schema in Kafka's ConsumerGroupDescribeResponse.json. */
const consumerGroupDescribe = createAPI<[groupIds: string[]], ConsumerProtocolGroup[]>(
  69,
  0,
  (groupIds: string[]) =>
    Writer.create()
      .appendArray(groupIds, (w, id) => w.appendString(id), true, false)
      .appendBoolean(false)
      .appendTaggedFields(),
  (_correlationId, _apiKey, _apiVersion, reader) => {
    reader.readInt32();
    return reader.readArray((r) => {
      const errorCode = r.readInt16();
      r.readNullableString();
      const groupId = r.readString();
      const state = r.readString();
      r.readInt32();
      r.readInt32();
      const assignor = r.readString();
      const members = r.readArray((m) => {
        const memberId = m.readString();
        m.readNullableString();
        m.readNullableString();
        m.readInt32();
        const clientId = m.readString();
        const clientHost = m.readString();
        const subscribedTopics = m.readArray((s) => s.readString(), true, false);
        m.readNullableString();
        const assignedTopics = readAssignment(m);
        readAssignment(m);
        return { memberId, clientId, clientHost, subscribedTopics, assignedTopics };
      });
      r.readInt32();
      return { groupId, errorCode, state, assignor, members };
    });
  },
);

/** Describes groups on the consumer protocol through their coordinator (one request per coordinator). */
export async function describeConsumerProtocolGroups(admin: Admin, groupIds: string[]): Promise<ConsumerProtocolGroup[]> {
  if (groupIds.length === 0) return [];
  const coordinators = await admin.findCoordinator({ keyType: 0, keys: groupIds });
  const byNode = new Map<number, { host: string; port: number; ids: string[] }>();
  for (const c of coordinators) {
    const entry = byNode.get(c.nodeId) ?? { host: c.host, port: c.port, ids: [] };
    entry.ids.push(c.key);
    byNode.set(c.nodeId, entry);
  }
  const out: ConsumerProtocolGroup[] = [];
  for (const { host, port, ids } of byNode.values()) {
    const connection = await new Promise<Connection>((resolve, reject) => admin[kGetConnection]({ host, port }, (error, c) => (error ? reject(error) : resolve(c!))));
    out.push(...(await consumerGroupDescribe.async(connection, ids)));
  }
  return out;
}

export interface TopicToCreate {
  name: string;
  /** -1: the broker's num.partitions. */
  partitions: number;
  /** -1: the broker's default.replication.factor. */
  replicationFactor: number;
  configs: Record<string, string>;
}

/**
 * Asks the cluster whether it would create these topics (CreateTopics with
 * validate_only): the broker checks names, counts and every config value, and
 * creates nothing. Answers each topic's refusal by name.
 */
export async function validateCreateTopics(admin: Admin, topics: TopicToCreate[]): Promise<Map<string, string>> {
  const problems = new Map<string, string>();
  if (topics.length === 0) return problems;
  const connection = await bootstrapConnection(admin);
  const request = topics.map((t) => ({
    name: t.name,
    numPartitions: t.partitions,
    replicationFactor: t.replicationFactor,
    assignments: [],
    configs: Object.entries(t.configs).map(([name, value]) => ({ name, value })),
  }));
  try {
    await createTopicsV7.api.async(connection, request, 10_000, true);
  } catch (error) {
    const response = (error as { response?: { topics?: Array<{ name: string; errorCode: number; errorMessage: string | null }> } }).response;
    if (!response?.topics) throw error;
    for (const t of response.topics) if (t.errorCode !== 0) problems.set(t.name, t.errorMessage ?? `error ${t.errorCode}`);
  }
  return problems;
}
