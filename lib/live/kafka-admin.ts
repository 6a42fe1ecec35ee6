import { isIP } from 'node:net';
import { type Admin, createTopicsV7, kGetBootstrapConnection, type Connection } from '@platformatic/kafka';
import type { ConnectionGuard } from './connection-guard';
import { parseHostPort } from './host-port';
import type { KafkaConnection } from './kafka-connection';
import { kafkaErrorToLive } from './kafka-errors';
import { GuardedAdmin } from './kafka-guarded-admin';
import { withDeadline } from './live-error';

/**
 * The one Kafka client of the live import, audit, plan and apply:
 * @platformatic/kafka (pure JavaScript, maintained, speaks Kafka 4's APIs),
 * every socket of it through a ConnectionGuard (kafka-guarded-admin.ts). The
 * requests its high-level Admin gets wrong or lacks are sent on its own
 * connections: group describes in kafka-groups.ts, and here CreateTopics with
 * validate_only (the Admin always sends false).
 */

export interface AdminLimits {
  /** Bounds a connection attempt (at most 5 s); the default is the connection's budget. */
  connectTimeoutMs?: number;
  /** Retries of a failed request (the library's default is three). */
  retries?: number;
}

/** Builds an admin client for `connection` whose sockets go through `guard`; nothing is sent until the first request. */
export function kafkaAdmin(connection: KafkaConnection, guard: ConnectionGuard, limits: AdminLimits = {}): Admin {
  const timeout = Math.min(connection.timeoutMs, 15_000);
  const bootstrapBrokers = connection.bootstrap.map((text) => {
    const hostPort = parseHostPort(text)!;
    return { host: hostPort.host, port: hostPort.port };
  });
  return new GuardedAdmin(
    {
      clientId: 'queuewright',
      bootstrapBrokers,
      ...(connection.sasl ? { sasl: { mechanism: connection.sasl.mechanism.toUpperCase() as 'PLAIN', username: connection.sasl.username, password: connection.sasl.password } } : {}),
      ...(connection.tls
        ? {
            tls: { rejectUnauthorized: connection.tls.rejectUnauthorized, ...(connection.tls.ca ? { ca: connection.tls.ca } : {}) },
            // SNI with each broker's name (the client sends none by default): brokers behind an SNI-routing proxy need it.
            // The setting is the client's, not a connection's; a cluster reached by address has no names to send.
            tlsServerName: bootstrapBrokers.every((b) => isIP(b.host) === 0),
          }
        : {}),
      connectTimeout: Math.min(5000, limits.connectTimeoutMs ?? timeout),
      requestTimeout: timeout,
      timeout,
      // One retry: an unreachable cluster must fail within the budget, not after the library's default three.
      retries: limits.retries ?? 1,
      retryDelay: 200,
    },
    guard,
  );
}

/** A library error as the live import's error codes and messages (unreachable, auth, forbidden, …). */
export function kafkaAdminError(error: unknown, connection: KafkaConnection, guard?: ConnectionGuard) {
  // The guard's own refusal (not allowed, too large) is the real reason behind the library's "connection closed".
  return guard?.failure ?? kafkaErrorToLive(error, connection);
}

/**
 * Runs `work` against an admin whose sockets go through `guard`, within the
 * connection's time budget; failures become LiveImportErrors. Every socket is
 * closed at the end.
 */
export async function withAdmin<T>(connection: KafkaConnection, guard: ConnectionGuard, work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafkaAdmin(connection, guard);
  try {
    return await withDeadline(Promise.race([work(admin), guard.stopped]), connection.timeoutMs, `The cluster at ${connection.bootstrap.join(', ')}`, () => guard.closeAll());
  } catch (error) {
    throw kafkaAdminError(error, connection, guard);
  } finally {
    guard.closeAll();
    void admin.close().catch(() => undefined);
  }
}

function bootstrapConnection(admin: Admin): Promise<Connection> {
  return new Promise((resolve, reject) => admin[kGetBootstrapConnection]((error, connection) => (error ? reject(error) : resolve(connection!))));
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
