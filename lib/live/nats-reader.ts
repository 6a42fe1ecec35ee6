import type { JetStreamManager, NatsConnection as NatsClient } from 'nats';
import type { ConnectionGuard } from './connection-guard';
import { LiveImportError, redact, withDeadline } from './live-error';
import { natsTarget, type NatsConnection, type NatsTarget } from './nats-connection';
import type { LiveNatsSnapshot } from './nats-snapshot-design';
import { connectGuarded } from './nats-transport';

/**
 * Reads a live NATS server's JetStream streams and consumers, with their
 * configurations, through the JetStream API ($JS.API.STREAM.LIST and
 * $JS.API.CONSUMER.LIST.<stream>: requests that change nothing). The result
 * is the snapshot `natsSnapshotToDesign` turns into a design, so a live import
 * and a file import of the same configs agree (and an audit can compare a
 * snapshot without building a design).
 *
 * One connection, without reconnects or the cluster's other servers (a
 * server's INFO could otherwise send the client to hosts nobody allowed),
 * through the read's ConnectionGuard.
 */

export interface LiveNatsRead extends LiveNatsSnapshot {
  /** The server read (no credentials). */
  source: string;
  /** nats-server version, from its INFO. */
  version?: string;
  /** What could not be read, and why. */
  problems: string[];
}

/** Bounds on one read: a server with more is read in part, with a problem saying so. */
export const MAX_LIVE_STREAMS = 5000;
export const MAX_LIVE_CONSUMERS = 20_000;

/** Turns a client failure into a message a person can act on. Never includes credentials. */
export function natsErrorToLive(error: unknown, target: Pick<NatsTarget, 'shown' | 'username' | 'password' | 'token'>): LiveImportError {
  if (error instanceof LiveImportError) return error;
  const where = target.shown;
  const e = error as { name?: string; message?: string; code?: string; chainedError?: { code?: string; message?: string } };
  const code = `${e?.code ?? ''}`;
  const text = `${e?.message ?? ''} ${code} ${e?.chainedError?.code ?? ''} ${e?.chainedError?.message ?? ''}`;
  if (code === 'AUTHORIZATION_VIOLATION' || code === 'BAD_AUTHENTICATION' || code === 'AUTHENTICATION_EXPIRED' || /authorization violation/i.test(text)) {
    return new LiveImportError('auth', `${where} refused the credentials. Check the user name and password (or the token).`);
  }
  if (code === 'PERMISSIONS_VIOLATION')
    return new LiveImportError(
      'forbidden',
      `${where}: this user may not call the JetStream API ($JS.API.>). Give it permission to publish to $JS.API.STREAM.LIST, $JS.API.CONSUMER.LIST.> and to receive replies.`,
    );
  if (code === 'TIMEOUT' || code === 'CONNECTION_TIMEOUT' || /ETIMEDOUT/.test(text))
    return new LiveImportError('timeout', `${where} did not answer in time. The host may be firewalled, or it is not a NATS server.`);
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return new LiveImportError('unreachable', `Cannot resolve the host of ${where}.`);
  if (code === 'CONNECTION_REFUSED' || /ECONNREFUSED/.test(text))
    return new LiveImportError('unreachable', `Nothing answers at ${where} (connection refused). Check the host and the client port (4222 by default).`);
  if (/ECONNRESET|EHOSTUNREACH|ENETUNREACH/.test(text)) return new LiveImportError('unreachable', `The connection to ${where} failed (${/E[A-Z]+/.exec(text)?.[0] ?? 'closed'}).`);
  if (code === 'SERVER_OPTION_NA' || /tls/i.test(code)) return new LiveImportError('tls', `${where} requires TLS, which the live import does not support yet.`);
  return new LiveImportError('failed', `Reading ${where} failed: ${redact(`${e?.message ?? String(error)}`.slice(0, 200), [target.password, target.username, target.token])}`);
}

/** Reads the server through `guard`. Throws a LiveImportError (never anything else) on failure. */
export async function readNats(connection: NatsConnection, guard: ConnectionGuard): Promise<LiveNatsRead> {
  let target: NatsTarget;
  try {
    target = natsTarget(connection);
  } catch (error) {
    throw new LiveImportError('invalid-input', (error as Error).message);
  }
  try {
    return await withDeadline(Promise.race([readWith(target, connection.timeoutMs, guard), guard.stopped]), connection.timeoutMs, `The NATS server at ${target.shown}`, () => guard.closeAll());
  } catch (error) {
    throw guard.failure ?? natsErrorToLive(error, target);
  } finally {
    guard.closeAll();
  }
}

/**
 * One guarded client connection, without reconnects or the cluster's other
 * servers (a server's INFO could otherwise send the client to hosts nobody
 * allowed). The reader and live apply connect through it.
 */
export function connectNats(target: NatsTarget, timeoutMs: number, guard: ConnectionGuard, name = 'queuewright live import'): Promise<NatsClient> {
  return connectGuarded(
    {
      servers: [`${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`],
      ...(target.username !== undefined ? { user: target.username, pass: target.password } : {}),
      ...(target.token !== undefined ? { token: target.token } : {}),
      name,
      timeout: timeoutMs,
      reconnect: false,
      maxReconnectAttempts: 0,
      ignoreClusterUpdates: true,
      // Resolved by the guard's checked lookup when connecting, not by the client beforehand.
      resolve: false,
      noEcho: true,
    },
    guard,
  );
}

/** The account's JetStream manager, or a LiveImportError saying JetStream is off. */
export async function jetstreamOf(nc: NatsClient, target: NatsTarget): Promise<JetStreamManager> {
  try {
    return await nc.jetstreamManager();
  } catch (error) {
    const code = `${(error as { code?: string }).code ?? ''}`;
    if (code === '503') throw new LiveImportError('not-a-broker', `${target.shown} has no JetStream for this account (start nats-server with -js, or enable JetStream for the account).`);
    throw error;
  }
}

async function readWith(target: NatsTarget, timeoutMs: number, guard: ConnectionGuard): Promise<LiveNatsRead> {
  const nc = await connectNats(target, timeoutMs, guard);
  try {
    const jsm = await jetstreamOf(nc, target);
    const problems: string[] = [];
    const streams: LiveNatsRead['streams'][number][] = [];
    for await (const info of jsm.streams.list()) {
      if (streams.length >= MAX_LIVE_STREAMS) {
        problems.push(`The server has more than ${MAX_LIVE_STREAMS} streams; the first ${MAX_LIVE_STREAMS} were read.`);
        break;
      }
      streams.push({ config: info.config });
    }
    const consumers: LiveNatsRead['consumers'][number][] = [];
    reading: for (const stream of streams) {
      const name = (stream.config as { name: string }).name;
      for await (const info of jsm.consumers.list(name)) {
        if (consumers.length >= MAX_LIVE_CONSUMERS) {
          problems.push(`The server has more than ${MAX_LIVE_CONSUMERS} consumers; the rest of stream "${name}"'s and those of the streams after it were not read.`);
          break reading;
        }
        consumers.push({ stream_name: info.stream_name, config: info.config });
      }
    }
    const version = nc.info?.version;
    return { streams, consumers, source: target.shown, ...(version ? { version } : {}), problems };
  } finally {
    await nc.close().catch(() => undefined);
  }
}
