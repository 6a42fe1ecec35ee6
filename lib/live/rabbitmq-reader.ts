import type { ConnectionGuard } from './connection-guard';
import { guardedGet } from './guarded-get';
import { LiveImportError, redact, withDeadline } from './live-error';
import { managementTarget, type ManagementTarget, type RabbitmqConnection } from './rabbitmq-connection';

/**
 * Reads a live RabbitMQ's topology through the management HTTP API, with GET
 * requests only: the overview (version, cluster name), virtual hosts,
 * exchanges, queues (with arguments and type), bindings and policies. It
 * assembles them into a definitions document, which the definitions.json
 * importer turns into a design, so a live import and a file import read the
 * same way.
 *
 * Why not GET /api/definitions: it needs the administrator tag and returns
 * users with their password hashes. The per-object endpoints work for a
 * monitoring user and never carry a credential.
 *
 * Every request goes through the read's ConnectionGuard: allowed endpoints
 * only, one byte budget for all the answers, every socket closed at the end.
 */

export interface LiveRabbitmqSnapshot {
  /** definitions.json text, as rabbitmqctl export_definitions would write it (no users, permissions or parameters). */
  definitions: string;
  /** Base URL of the management API that was read (no credentials). */
  source: string;
  version?: string;
  clusterName?: string;
  /** What could not be read, and why. */
  problems: string[];
}

type Json = Record<string, unknown>;

/** Turns a request failure into a message a person can act on. Never includes credentials. */
export function rabbitmqErrorToLive(error: unknown, target: Pick<ManagementTarget, 'shown' | 'username' | 'password' | 'derivedFrom'>): LiveImportError {
  if (error instanceof LiveImportError) return error;
  const where = target.shown;
  const e = error as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string; name?: string } };
  const code = e?.code ?? e?.cause?.code ?? '';
  const text = `${e?.name ?? ''} ${e?.message ?? ''} ${code} ${e?.cause?.message ?? ''}`;
  const hint = target.derivedFrom ? ` (derived from the AMQP URL: the management plugin must listen on port ${target.derivedFrom === 'amqps' ? 15671 : 15672})` : '';
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || /UND_ERR_CONNECT_TIMEOUT|ETIMEDOUT/.test(text)) {
    return new LiveImportError('timeout', `The management API at ${where}${hint} did not answer in time. The host may be firewalled.`);
  }
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return new LiveImportError('unreachable', `Cannot resolve the host of ${where}.`);
  if (/ECONNREFUSED/.test(text)) {
    return new LiveImportError(
      'unreachable',
      `Nothing answers at ${where}${hint} (connection refused). Check the host and port, and that the management plugin is enabled (rabbitmq-plugins enable rabbitmq_management).`,
    );
  }
  if (/CERT|certificate|SSL|TLS|EPROTO/i.test(text)) {
    return new LiveImportError('tls', `The TLS handshake with ${where} failed: ${redact(`${e?.cause?.message ?? e?.message ?? ''}`.slice(0, 200), [target.password, target.username])}.`);
  }
  if (/ECONNRESET|EHOSTUNREACH|ENETUNREACH|UND_ERR_SOCKET|other side closed/.test(text)) {
    return new LiveImportError('unreachable', `The connection to ${where} failed (${code || 'closed'}). If this is an AMQP port, give the management URL (http://host:15672) instead.`);
  }
  return new LiveImportError('failed', `Reading ${where} failed: ${redact(`${e?.message ?? String(error)}`.slice(0, 200), [target.password, target.username])}`);
}

/** Reads the broker through `guard`. Throws a LiveImportError (never anything else) on failure. */
export async function readRabbitmq(connection: RabbitmqConnection, guard: ConnectionGuard): Promise<LiveRabbitmqSnapshot> {
  let target: ManagementTarget;
  try {
    target = managementTarget(connection);
  } catch (error) {
    throw new LiveImportError('invalid-input', (error as Error).message);
  }
  if (!target.username || !target.password) {
    throw new LiveImportError('invalid-input', 'The management API needs a user name and password (in the URL as http://user:password@host:15672, or in the fields).');
  }
  try {
    return await withDeadline(Promise.race([readWith(target, guard), guard.stopped]), connection.timeoutMs, `The management API at ${target.shown}`, () => guard.closeAll());
  } catch (error) {
    // The guard's own refusal (not allowed, too large) is the real reason behind a closed socket.
    throw guard.failure ?? rabbitmqErrorToLive(error, target);
  } finally {
    guard.closeAll();
  }
}

/** GET one endpoint as JSON; `optional` endpoints that the user may not read become `problems` instead of failures. */
function managementGetter(target: ManagementTarget, guard: ConnectionGuard, auth: string, problems: string[]): (path: string, optional?: boolean) => Promise<unknown> {
  return async (path, optional = false) => {
    const response = await guardedGet(new URL(`api/${path}`, target.base), { authorization: auth, accept: 'application/json' }, guard);
    const where = `${target.shown}api/${path.split('?')[0]}`;
    if (response.status === 401) {
      response.discard();
      throw new LiveImportError('auth', `${target.shown} refused the credentials (401). Check the user name and password; the user needs a management, monitoring or administrator tag.`);
    }
    if (response.status === 403 || response.status === 404) {
      response.discard();
      if (optional) {
        problems.push(`${where} answered ${response.status}: ${response.status === 403 ? 'this user may not read it' : 'not found'}; left out.`);
        return [];
      }
      if (response.status === 403)
        throw new LiveImportError('forbidden', `${where} answered 403: this user may not read it. Give the user the monitoring tag (or management with permissions on the virtual hosts).`);
      throw new LiveImportError(
        'not-a-broker',
        `${where} does not exist (404): this is not a RabbitMQ management API${target.derivedFrom ? '' : ' (its default port is 15672)'}, or the vhost does not exist.`,
      );
    }
    if (response.status < 200 || response.status > 299) {
      response.discard();
      // A redirect is not followed: it could lead anywhere, and the management API never sends one.
      throw new LiveImportError(response.status >= 300 && response.status < 400 ? 'not-a-broker' : 'failed', `${where} answered ${response.status} ${response.statusText}.`);
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new LiveImportError('not-a-broker', `${where} did not answer with JSON: this is not a RabbitMQ management API.`);
    }
  };
}

async function readWith(target: ManagementTarget, guard: ConnectionGuard): Promise<LiveRabbitmqSnapshot> {
  const auth = `Basic ${Buffer.from(`${target.username}:${target.password}`, 'utf8').toString('base64')}`;
  const problems: string[] = [];
  const vhostPath = target.vhost === undefined ? '' : `/${encodeURIComponent(target.vhost)}`;

  const get = managementGetter(target, guard, auth, problems);
  const list = (value: unknown, what: string): Json[] => {
    if (!Array.isArray(value)) throw new LiveImportError('not-a-broker', `The management API's ${what} list is not a list: this is not a RabbitMQ management API.`);
    return value.filter((v): v is Json => v !== null && typeof v === 'object');
  };

  const overview = (await get('overview')) as Json;
  if (!overview || typeof overview !== 'object' || (overview.rabbitmq_version === undefined && overview.management_version === undefined)) {
    throw new LiveImportError('not-a-broker', `${target.shown}api/overview is not a RabbitMQ overview: this is not a RabbitMQ management API.`);
  }
  const version = typeof overview.rabbitmq_version === 'string' ? overview.rabbitmq_version : undefined;
  const clusterName = typeof overview.cluster_name === 'string' ? overview.cluster_name : undefined;

  const vhosts = target.vhost === undefined ? list(await get('vhosts?columns=name'), 'virtual host').map((v) => ({ name: v.name })) : [{ name: target.vhost }];
  const exchanges = list(await get(`exchanges${vhostPath}?columns=name,vhost,type,durable,auto_delete,internal,arguments`), 'exchange')
    // The nameless default exchange is built in and never exported.
    .filter((e) => e.name !== '')
    .map((e) => ({ name: e.name, vhost: e.vhost, type: e.type, durable: e.durable, auto_delete: e.auto_delete, internal: e.internal ?? false, arguments: e.arguments ?? {} }));
  const allQueues = list(await get(`queues${vhostPath}?disable_stats=true&columns=name,vhost,durable,auto_delete,exclusive,arguments,type`), 'queue');
  const exclusive = allQueues.filter((q) => q.exclusive === true);
  if (exclusive.length > 0) problems.push(`${exclusive.length} exclusive queue${exclusive.length === 1 ? '' : 's'} (owned by one connection, deleted with it) left out.`);
  const queues = allQueues
    .filter((q) => q.exclusive !== true)
    .map((q) => ({ name: q.name, vhost: q.vhost, durable: q.durable, auto_delete: q.auto_delete, arguments: q.arguments ?? {}, ...(typeof q.type === 'string' ? { type: q.type } : {}) }));
  const exclusiveNames = new Set(exclusive.map((q) => `${String(q.vhost)}\u0000${String(q.name)}`));
  const bindings = list(await get(`bindings${vhostPath}?columns=source,vhost,destination,destination_type,routing_key,arguments`), 'binding')
    // Bindings from the default exchange are implicit (one per queue); definitions never list them.
    .filter((b) => b.source !== '' && !(b.destination_type === 'queue' && exclusiveNames.has(`${String(b.vhost)}\u0000${String(b.destination)}`)))
    .map((b) => ({ source: b.source, vhost: b.vhost, destination: b.destination, destination_type: b.destination_type, routing_key: b.routing_key, arguments: b.arguments ?? {} }));
  const policies = list(await get(`policies${vhostPath}`, true), 'policy').map((p) => ({
    vhost: p.vhost,
    name: p.name,
    pattern: p.pattern,
    'apply-to': p['apply-to'],
    priority: p.priority,
    definition: p.definition ?? {},
  }));

  const definitions = {
    ...(version ? { rabbit_version: version, rabbitmq_version: version } : {}),
    ...(clusterName ? { global_parameters: [{ name: 'cluster_name', value: clusterName }] } : {}),
    vhosts,
    exchanges,
    queues,
    bindings,
    policies,
  };
  return { definitions: JSON.stringify(definitions), source: target.shown, version, clusterName, problems };
}
