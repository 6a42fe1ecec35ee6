import { logAttempt, type AttemptLogger } from './attempt-log';
import { parseHostPort } from './host-port';
import { importLive, liveImportRequestSchema, requestProblems, type LiveImportRequest, type LiveImportResult } from './import-live';
import { LIVE_ERROR_STATUS, type LiveErrorCode } from './live-error';
import { answer, refuse } from './live-answer';
import { natsTarget } from './nats-connection';
import { managementTarget } from './rabbitmq-connection';
import { awsEndpoints } from './sqs-sns-connection';
import { serverConnectionPolicy, type ServerConnectionPolicy } from './server-policy';
import { admitAttempt, clientOf, readGatedJson } from './server-request-gate';

/**
 * The server side of "Import from cluster", as a plain Web-standard handler
 * (Request → Response) so it is tested without Next. The server connects only
 * as its operator allows (server-policy.ts), and a caller learns nothing about
 * the network that the answer to a legitimate user would not say:
 *
 * 1. off unless endpoints are allowed; GET says whether it is on;
 * 2. POST only, from one of the studio's own names (Host and Origin), JSON of
 *    at most MAX_BODY_BYTES, a valid request;
 * 3. endpoints the policy cannot allow are refused before any connection;
 * 4. a concurrency cap and a rate limit, per client and in all;
 * 5. one bounded, read-only import through a guard (allowed addresses at
 *    connect time, a byte budget, every socket closed);
 * 6. every failure that would tell a closed port from a silent one or from
 *    something that is not a broker gets one identical message, sent when the
 *    request's deadline has passed, so neither text nor timing maps a network;
 * 7. one log line per attempt.
 *
 * The body (which may hold a password) is never logged, stored or sent back;
 * answers are never cached.
 */

export const MAX_BODY_BYTES = 64 * 1024;

/** Failures that would describe the network (refused, silent, closed, not a broker): said one way, at the deadline. */
export const OPAQUE: ReadonlySet<LiveErrorCode> = new Set(['unreachable', 'timeout', 'tls', 'not-a-broker', 'not-allowed', 'failed']);

export interface HandlerDeps {
  env?: Record<string, string | undefined>;
  log?: AttemptLogger;
  /** Waits until a time (tests may stub it; the server waits for real). */
  sleepUntil?: (time: number) => Promise<void>;
}

export const sleepUntil = (time: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

/** The endpoints a request names, for the allow list and the log. */
export function endpointsOf(request: ReturnType<typeof liveImportRequestSchema.parse>): { shown: string; endpoints: Array<{ host: string; port: number; shown: string }> } | string {
  if (request.from === 'kafka') {
    return { shown: request.bootstrap.join(','), endpoints: request.bootstrap.map((text) => ({ ...parseHostPort(text)!, shown: text })) };
  }
  if (request.from === 'nats') {
    try {
      const target = natsTarget(request);
      return { shown: target.shown, endpoints: [{ host: target.host, port: target.port, shown: target.shown }] };
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (request.from === 'sqs-sns') {
    try {
      const { sqs, sns } = awsEndpoints(request);
      const both = sqs.url === sns.url ? [sqs] : [sqs, sns];
      return { shown: both.map((e) => e.url).join(','), endpoints: both.map((e) => ({ host: e.host, port: e.port, shown: e.url })) };
    } catch (error) {
      return (error as Error).message;
    }
  }
  let target;
  try {
    target = managementTarget(request);
  } catch (error) {
    return (error as Error).message;
  }
  const url = new URL(target.base);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return { shown: target.shown, endpoints: [{ host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port, shown: url.host }] };
}

export function opaqueMessage(from: LiveImportRequest['from'], target: string): string {
  if (from === 'nats')
    return `Could not read a NATS server at ${target}: nothing there answered as one with JetStream in time. It may be unreachable from this server, not a NATS client port (4222), or expect TLS.`;
  if (from === 'sqs-sns') return `Could not read SQS and SNS at ${target}: nothing there answered as the AWS APIs in time. It may be unreachable from this server.`;
  return from === 'kafka'
    ? `Could not read a Kafka cluster at ${target}: nothing there answered as a Kafka broker in time. It may be unreachable from this server, not a Kafka listener, or expect TLS or SASL.`
    : `Could not read a RabbitMQ management API at ${target}: nothing there answered as one in time. It may be unreachable from this server, or not the management API (port 15672).`;
}

/** GET: whether the studio should offer "From cluster…" at all. */
function availability(policy: ServerConnectionPolicy | undefined): Response {
  return answer(200, { enabled: policy?.enabled ?? false, sources: policy?.enabled ? ['kafka', 'rabbitmq', 'nats', 'sqs-sns'] : [] });
}

export async function handleLiveImport(request: Request, deps: HandlerDeps = {}): Promise<Response> {
  const log = deps.log ?? logAttempt;
  const started = Date.now();
  const client = clientOf(request);
  const record = (status: number, outcome: string, from?: string, target?: string) =>
    log({ action: 'live-import', client, ...(from ? { from } : {}), ...(target ? { target } : {}), outcome, status, ms: Date.now() - started });

  const configured = serverConnectionPolicy(deps.env ?? process.env);
  if (request.method === 'GET') return availability(configured.ok ? configured.policy : undefined);
  if (!configured.ok) {
    record(503, 'misconfigured');
    return refuse('misconfigured', `Importing from live clusters is not available: the server's configuration cannot be read (${configured.message})`);
  }
  const policy = configured.policy;
  if (!policy.enabled) {
    return refuse('disabled', 'Importing from live clusters is off on this server. Its operator turns it on by naming the clusters it may reach (QUEUEWRIGHT_LIVE_ALLOW).');
  }
  const read = await readGatedJson(request, policy, MAX_BODY_BYTES);
  if (!read.ok) {
    if (read.outcome) record(read.response.status, read.outcome);
    return read.response;
  }
  const body = read.body;
  const parsed = liveImportRequestSchema.safeParse(body);
  if (!parsed.success) return refuse('invalid-input', `The request is not valid: ${requestProblems(parsed.error)}.`);
  const importRequest = parsed.data;
  const endpoints = endpointsOf(importRequest);
  if (typeof endpoints === 'string') return refuse('invalid-input', endpoints);
  const outside = endpoints.endpoints.filter((e) => !policy.endpoints.mayReach(e.host, e.port));
  if (outside.length > 0) {
    record(403, 'not-allowed', importRequest.from, endpoints.shown);
    return refuse('not-allowed', `This server may not connect to ${outside.map((e) => e.shown).join(', ')}. The clusters it may reach are set by its operator (QUEUEWRIGHT_LIVE_ALLOW).`);
  }

  const admission = admitAttempt(policy, client);
  if (!admission.ok) {
    record(429, 'busy', importRequest.from, endpoints.shown);
    return refuse('busy', `Too many imports: ${admission.reason}. Try again in ${admission.retryAfterSeconds} s.`, 429, { 'retry-after': String(admission.retryAfterSeconds) });
  }
  let result: LiveImportResult;
  try {
    result = await importLive(body, { allow: policy.endpoints, budgetBytes: policy.budgetBytes });
    if (!result.ok && OPAQUE.has(result.error.code)) {
      // Held until the deadline, whatever happened: a refused port answers no sooner than a silent one.
      await (deps.sleepUntil ?? sleepUntil)(started + importRequest.timeoutMs);
    }
  } finally {
    admission.release();
  }
  if (result.ok) {
    record(200, 'ok', importRequest.from, endpoints.shown);
    return answer(200, result);
  }
  const code = result.error.code;
  if (OPAQUE.has(code)) {
    record(502, code, importRequest.from, endpoints.shown);
    return refuse('unreachable', opaqueMessage(importRequest.from, endpoints.shown), 502);
  }
  record(LIVE_ERROR_STATUS[code], code, importRequest.from, endpoints.shown);
  return answer(LIVE_ERROR_STATUS[code], result);
}
