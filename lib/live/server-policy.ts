import { EndpointAllowList } from './endpoint-allow-list';
import { HostAllowList } from './host-allow-list';

/**
 * What the studio's server may do on the network on behalf of a browser, as
 * its operator configures it. Every server-side connection (today the live
 * import, later audit and apply) reads this one policy:
 *
 * - `QUEUEWRIGHT_LIVE_ALLOW`: the endpoints it may connect to (see
 *   endpoint-allow-list.ts). Unset or empty, the server connects nowhere: the
 *   feature is off until an operator names what it may reach.
 * - `QUEUEWRIGHT_APPLY_ALLOW`: the endpoints "Compare with cluster…" may also
 *   change (apply a plan to), in the same syntax. Unset or empty, the studio
 *   never applies. An endpoint must be in both lists: applying is connecting.
 * - `QUEUEWRIGHT_ALLOWED_HOSTS`: the names (host or host:port) the studio is
 *   reached by; a request whose Host or Origin is another name is refused (DNS
 *   rebinding). Default: localhost, 127.0.0.1 and [::1], on any port.
 * - `QUEUEWRIGHT_LIVE_MAX_MB` (default 4): bytes one import may read.
 * - `QUEUEWRIGHT_LIVE_PER_CLIENT` (default 2) and `QUEUEWRIGHT_LIVE_TOTAL`
 *   (default 4): imports running at once, per client and in all.
 * - `QUEUEWRIGHT_LIVE_PER_MINUTE` (default 10) and
 *   `QUEUEWRIGHT_LIVE_TOTAL_PER_MINUTE` (default 60): imports started.
 *
 * The client is the last address in X-Forwarded-For (Next sets it from the
 * socket when a request has none; a reverse proxy appends the address it saw).
 * A client that forges the header can pose as others, but the totals still
 * bound it.
 */

export interface ServerConnectionPolicy {
  /** False until the operator allows at least one endpoint. */
  enabled: boolean;
  endpoints: EndpointAllowList;
  /** The endpoints apply may change (each must also be in `endpoints`); empty: the studio never applies. */
  applyEndpoints: EndpointAllowList;
  hosts: HostAllowList;
  budgetBytes: number;
  perClient: { concurrent: number; perMinute: number };
  total: { concurrent: number; perMinute: number };
}

export type PolicyResult = { ok: true; policy: ServerConnectionPolicy } | { ok: false; message: string };

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, max: number): number | string {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= max ? value : `${name} must be a whole number from 1 to ${max}, not "${text.slice(0, 40)}".`;
}

const cache = new Map<string, PolicyResult>();

/** The policy in `env` (the process's by default); a setting that cannot be read is an error naming it, never a silent default. */
export function serverConnectionPolicy(env: Env = process.env): PolicyResult {
  const names = [
    'QUEUEWRIGHT_LIVE_ALLOW',
    'QUEUEWRIGHT_APPLY_ALLOW',
    'QUEUEWRIGHT_ALLOWED_HOSTS',
    'QUEUEWRIGHT_LIVE_MAX_MB',
    'QUEUEWRIGHT_LIVE_PER_CLIENT',
    'QUEUEWRIGHT_LIVE_TOTAL',
    'QUEUEWRIGHT_LIVE_PER_MINUTE',
    'QUEUEWRIGHT_LIVE_TOTAL_PER_MINUTE',
  ];
  const key = names.map((n) => env[n] ?? '\u0000').join('\u0001');
  const cached = cache.get(key);
  if (cached) return cached;
  const result = readPolicy(env);
  cache.set(key, result);
  return result;
}

function readPolicy(env: Env): PolicyResult {
  const endpoints = EndpointAllowList.parse(env.QUEUEWRIGHT_LIVE_ALLOW);
  if (!endpoints.ok) return { ok: false, message: `QUEUEWRIGHT_LIVE_ALLOW: ${endpoints.message}.` };
  const applyEndpoints = EndpointAllowList.parse(env.QUEUEWRIGHT_APPLY_ALLOW);
  if (!applyEndpoints.ok) return { ok: false, message: `QUEUEWRIGHT_APPLY_ALLOW: ${applyEndpoints.message}.` };
  const hosts = HostAllowList.parse(env.QUEUEWRIGHT_ALLOWED_HOSTS);
  if (!hosts.ok) return { ok: false, message: `QUEUEWRIGHT_ALLOWED_HOSTS: ${hosts.message}.` };
  const numbers = {
    maxMb: integer(env, 'QUEUEWRIGHT_LIVE_MAX_MB', 4, 1024),
    perClient: integer(env, 'QUEUEWRIGHT_LIVE_PER_CLIENT', 2, 1000),
    total: integer(env, 'QUEUEWRIGHT_LIVE_TOTAL', 4, 1000),
    perMinute: integer(env, 'QUEUEWRIGHT_LIVE_PER_MINUTE', 10, 100_000),
    totalPerMinute: integer(env, 'QUEUEWRIGHT_LIVE_TOTAL_PER_MINUTE', 60, 100_000),
  };
  const problem = Object.values(numbers).find((v): v is string => typeof v === 'string');
  if (problem) return { ok: false, message: problem };
  const n = numbers as Record<keyof typeof numbers, number>;
  return {
    ok: true,
    policy: {
      enabled: !endpoints.list.empty,
      endpoints: endpoints.list,
      applyEndpoints: applyEndpoints.list,
      hosts: hosts.list,
      budgetBytes: n.maxMb * 1048576,
      perClient: { concurrent: n.perClient, perMinute: n.perMinute },
      total: { concurrent: n.total, perMinute: n.totalPerMinute },
    },
  };
}
