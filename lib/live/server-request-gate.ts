import { AttemptLimiter, type Admission } from './attempt-limiter';
import { refuse } from './live-answer';
import { readTextAtMost } from './read-text-at-most';
import type { ServerConnectionPolicy } from './server-policy';

/**
 * The checks every server-side connection a browser asks for goes through,
 * before anything connects (today the live import; audit and apply next):
 * the request comes from the studio's own pages, reached by one of its
 * names, and the client is within its share of attempts. The route adds its
 * own checks of the body, and connects through a ConnectionGuard.
 */

/** The client: the last X-Forwarded-For entry (Next sets it from the socket; a reverse proxy appends what it saw). */
export function clientOf(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for') ?? '';
  const last = forwarded.split(',').pop()?.trim() ?? '';
  return /^[0-9A-Za-z.:[\]_-]{1,64}$/.test(last) ? last : 'unknown';
}

/** Why the request is not from a page of the studio reached by one of its names (DNS rebinding, another site), or undefined. */
export function foreignRequest(request: Request, policy: ServerConnectionPolicy): string | undefined {
  if (!policy.hosts.allowsHost(request.headers.get('host'))) return 'This server does not answer to that host name (QUEUEWRIGHT_ALLOWED_HOSTS lists the names it answers to).';
  const origin = request.headers.get('origin');
  // A browser sends Origin on every POST; a page on another site (or a rebound name) carries its own.
  if (origin !== null && !policy.hosts.allowsOrigin(origin)) return 'Cross-origin requests are not accepted.';
  if (request.headers.get('sec-fetch-site') === 'cross-site') return 'Cross-origin requests are not accepted.';
  return undefined;
}

const limiters = new WeakMap<ServerConnectionPolicy, AttemptLimiter>();

/** Admits one connection attempt for `client` under the policy's caps (one count per policy, so per server process). */
export function admitAttempt(policy: ServerConnectionPolicy, client: string): Admission {
  let limiter = limiters.get(policy);
  if (!limiter) limiters.set(policy, (limiter = new AttemptLimiter(policy)));
  return limiter.admit(client);
}

const size = (bytes: number) => (bytes >= 1048576 ? `${bytes / 1048576} MB` : `${bytes / 1024} KB`);

export type GatedJson = { ok: true; body: unknown } | { ok: false; response: Response; /** Set when the refusal is worth a log line. */ outcome?: string };

/**
 * The body of a POST from the studio's own pages, as JSON of at most
 * `maxBytes` (read no further than that, whatever Content-Length says), or
 * the answer that refuses it.
 */
export async function readGatedJson(request: Request, policy: ServerConnectionPolicy, maxBytes: number): Promise<GatedJson> {
  if (request.method !== 'POST') return { ok: false, response: refuse('invalid-input', 'Use POST.', 405) };
  const foreign = foreignRequest(request, policy);
  if (foreign) return { ok: false, response: refuse('forbidden', foreign), outcome: 'forbidden-origin' };
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json'))
    return { ok: false, response: refuse('invalid-input', 'Send JSON (content-type: application/json).', 415) };
  const tooLarge = { ok: false as const, response: refuse('invalid-input', `The request is larger than ${size(maxBytes)}.`, 413) };
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) return tooLarge;
  const text = await readTextAtMost(request.body, maxBytes);
  if (text === undefined) return tooLarge;
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: refuse('invalid-input', 'The request is not valid JSON.') };
  }
}
