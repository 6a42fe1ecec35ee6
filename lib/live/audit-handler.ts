import { logAttempt } from './attempt-log';
import { MAX_AUDIT_BODY_BYTES, parseAuditRequest, type AuditRequest } from './audit-request';
import { operationKey } from './drift';
import { AUDIT_SOURCES, runClusterAudit, type ClusterAuditOutcome } from './cluster-audit';
import type { EndpointAllowList } from './endpoint-allow-list';
import { endpointsOf, OPAQUE, opaqueMessage, sleepUntil, type HandlerDeps } from './import-handler';
import { importLive } from './import-live';
import { answer, refuse } from './live-answer';
import { LIVE_ERROR_STATUS, LiveImportError } from './live-error';
import { serverConnectionPolicy, type ServerConnectionPolicy } from './server-policy';
import { admitAttempt, clientOf, readGatedJson } from './server-request-gate';

/**
 * The server side of "Compare with cluster…" (POST /api/audit): the live
 * import's gate (import-handler.ts: on only when the operator allows
 * endpoints, the studio's own pages, a bounded JSON body, endpoints checked
 * before and at connect time, caps, one opaque answer for network failures,
 * one log line), around an audit, a plan or an apply of the design the body
 * carries. Apply is a second permission: the endpoint must also be in
 * QUEUEWRIGHT_APPLY_ALLOW, and the server runs only the plan the person
 * reviewed (a plan that changed since is answered with the new one, 409).
 */

export interface AuditAnswer extends ClusterAuditOutcome {
  ok: true;
  action: AuditRequest['action'];
  source: string;
  /** The live import of the cluster, when it has resources the design lacks ("Add to design" copies them from it). */
  live?: unknown;
}

/** GET: whether the studio offers "Compare with cluster…" and Apply. */
function availability(policy: ServerConnectionPolicy | undefined): Response {
  const enabled = policy?.enabled ?? false;
  return answer(200, { enabled, apply: enabled && !policy!.applyEndpoints.empty, sources: enabled ? [...AUDIT_SOURCES] : [] });
}

/** The refusal when `request` may not run here, or undefined. */
function permission(policy: ServerConnectionPolicy, request: AuditRequest, shown: { host: string; port: number; shown: string }[]): Response | undefined {
  const outside = shown.filter((e) => !policy.endpoints.mayReach(e.host, e.port));
  if (outside.length > 0)
    return refuse('not-allowed', `This server may not connect to ${outside.map((e) => e.shown).join(', ')}. The clusters it may reach are set by its operator (QUEUEWRIGHT_LIVE_ALLOW).`);
  if (request.action !== 'apply') return undefined;
  if (policy.applyEndpoints.empty)
    return refuse(
      'disabled',
      'Applying from the studio is off on this server. Its operator turns it on by naming the clusters it may change (QUEUEWRIGHT_APPLY_ALLOW); until then, apply with the command line (queuewright apply).',
    );
  const readOnly = shown.filter((e) => !policy.applyEndpoints.mayReach(e.host, e.port));
  if (readOnly.length > 0)
    return refuse('not-allowed', `This server may read but not change ${readOnly.map((e) => e.shown).join(', ')}. The clusters apply may change are set by its operator (QUEUEWRIGHT_APPLY_ALLOW).`);
  return undefined;
}

/** The work itself: audit or plan (with the live import when the cluster has more), or apply of the reviewed plan. */
async function run(request: AuditRequest, policy: ServerConnectionPolicy, allow: EndpointAllowList, shown: string): Promise<Response> {
  const options = { clusterId: request.clusterId, scope: { prefix: request.prefix }, allowDelete: request.allowDelete, limits: { allow, budgetBytes: policy.budgetBytes } };
  if (request.action === 'apply') {
    const planned = await runClusterAudit('plan', request.connection, request.design, options);
    const now = planned.plan!.operations.map(operationKey);
    if (now.join('\n') !== request.reviewed!.join('\n')) {
      return answer(409, {
        ok: false,
        error: { code: 'plan-changed', message: 'The cluster or the design changed since the plan was shown: nothing was applied. Review the new plan, then apply again.' },
        plan: planned.plan,
        differences: planned.differences,
      });
    }
    const applied = await runClusterAudit('apply', request.connection, request.design, options);
    return answer(200, { ok: true, action: 'apply', source: shown, ...applied } satisfies AuditAnswer);
  }
  const outcome = await runClusterAudit(request.action, request.connection, request.design, options);
  let live: unknown;
  if (outcome.differences.some((d) => d.kind === 'only-in-cluster')) {
    const imported = await importLive(request.connection, options.limits);
    if (imported.ok) live = imported.design;
    else outcome.problems.push(`The resources only in the cluster could not be read for "Add to design": ${imported.error.message}`);
  }
  return answer(200, { ok: true, action: request.action, source: shown, ...outcome, ...(live ? { live } : {}) } satisfies AuditAnswer);
}

export async function handleAudit(request: Request, deps: HandlerDeps = {}): Promise<Response> {
  const log = deps.log ?? logAttempt;
  const started = Date.now();
  const client = clientOf(request);
  const record = (status: number, outcome: string, action = 'live-audit', target?: string) => log({ action, client, ...(target ? { target } : {}), outcome, status, ms: Date.now() - started });

  const configured = serverConnectionPolicy(deps.env ?? process.env);
  if (request.method === 'GET') return availability(configured.ok ? configured.policy : undefined);
  if (!configured.ok) {
    record(503, 'misconfigured');
    return refuse('misconfigured', `Comparing with live clusters is not available: the server's configuration cannot be read (${configured.message})`);
  }
  const policy = configured.policy;
  if (!policy.enabled) return refuse('disabled', 'Comparing with live clusters is off on this server. Its operator turns it on by naming the clusters it may reach (QUEUEWRIGHT_LIVE_ALLOW).');
  const read = await readGatedJson(request, policy, MAX_AUDIT_BODY_BYTES);
  if (!read.ok) {
    if (read.outcome) record(read.response.status, read.outcome);
    return read.response;
  }
  const parsed = parseAuditRequest(read.body);
  if (!parsed.ok) return refuse('invalid-input', parsed.message);
  const audit = parsed.request;
  const action = audit.action === 'apply' ? 'live-apply' : 'live-audit';
  const endpoints = endpointsOf(audit.connection);
  if (typeof endpoints === 'string') return refuse('invalid-input', `connection: ${endpoints}`);
  const refused = permission(policy, audit, endpoints.endpoints);
  if (refused) {
    record(refused.status, 'not-allowed', action, endpoints.shown);
    return refused;
  }
  const admission = admitAttempt(policy, client);
  if (!admission.ok) {
    record(429, 'busy', action, endpoints.shown);
    return refuse('busy', `Too many cluster requests: ${admission.reason}. Try again in ${admission.retryAfterSeconds} s.`, 429, { 'retry-after': String(admission.retryAfterSeconds) });
  }
  const allow = audit.action === 'apply' ? policy.endpoints.and(policy.applyEndpoints) : policy.endpoints;
  try {
    const response = await run(audit, policy, allow, endpoints.shown);
    record(response.status, response.ok ? 'ok' : 'plan-changed', action, endpoints.shown);
    return response;
  } catch (error) {
    const failure = error instanceof LiveImportError ? error : new LiveImportError('failed', 'The comparison failed unexpectedly.');
    if (OPAQUE.has(failure.code)) {
      // As the import: a refused port answers no sooner than a silent one, and in the same words.
      await (deps.sleepUntil ?? sleepUntil)(started + audit.connection.timeoutMs);
      record(502, failure.code, action, endpoints.shown);
      return refuse('unreachable', opaqueMessage(audit.connection.from, endpoints.shown), 502);
    }
    record(LIVE_ERROR_STATUS[failure.code], failure.code, action, endpoints.shown);
    return refuse(failure.code, failure.message);
  } finally {
    admission.release();
  }
}
