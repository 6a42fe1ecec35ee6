import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { refuseInFastRun } from '../real-tools';
import { REPO_ROOT } from '../shared-dir';

/**
 * A test oracle for the Pulsar Terraform: what each pulsar_tenant, pulsar_namespace and pulsar_topic asks of the
 * admin API, read into Apache Pulsar's own classes by scripts/pulsar/PolicyCheck.java (the admin client and
 * pulsar-common, fetched by scripts/pulsar/fetch.sh), which refuses what they refuse. The HCL is parsed by
 * HashiCorp's parser (checkTerraformFile's `parsed`); references to a tenant or namespace resource are resolved
 * as Terraform would.
 */

const execFileAsync = promisify(execFile);
export const PULSAR_LIBS = path.join(REPO_ROOT, '.cache/pulsar/libs');

type Json = Record<string, unknown>;
type Bodies = Record<string, Json[]>;

const first = (value: unknown): Json => (Array.isArray(value) && typeof value[0] === 'object' ? (value[0] as Json) : {});
const text = (value: unknown) => (value === undefined ? '' : String(value));

/** A `${pulsar_tenant.x.tenant}` or `${pulsar_namespace.x.namespace}` reference resolved to the value it names. */
function resolve(value: unknown, resources: Record<string, Bodies>): string {
  const m = typeof value === 'string' ? /^\$\{(pulsar_tenant|pulsar_namespace)\.([A-Za-z0-9_-]+)\.(tenant|namespace)\}$/.exec(value) : null;
  if (!m) return text(value);
  return resolve(first(resources[m[1]]?.[m[2]])[m[3]], resources);
}

/** The plan lines (see PolicyCheck.java) of a parsed Pulsar Terraform file. */
export function pulsarPolicyPlan(parsed: Json): string[] {
  const resources = (parsed.resource ?? {}) as Record<string, Bodies>;
  const plan: string[] = [];
  const line = (...cells: unknown[]) => plan.push(cells.map(text).join('\t'));
  for (const [name, bodies] of Object.entries(resources.pulsar_tenant ?? {})) line(`pulsar_tenant.${name}`, 'TENANT', resolve(first(bodies).tenant, resources));
  for (const [name, bodies] of Object.entries(resources.pulsar_namespace ?? {})) {
    const ns = first(bodies);
    const where = `pulsar_namespace.${name}`;
    line(where, 'NAMESPACE', `${resolve(ns.tenant, resources)}/${resolve(ns.namespace, resources)}`);
    if (ns.enable_deduplication !== undefined) line(where, 'DEDUPLICATION', ns.enable_deduplication);
    const retention = first(ns.retention_policies);
    if (ns.retention_policies) line(where, 'RETENTION', retention.retention_minutes, retention.retention_size_in_mb);
    const quota = first(ns.backlog_quota);
    if (ns.backlog_quota) line(where, 'BACKLOG_QUOTA', quota.limit_bytes, quota.limit_seconds, quota.policy, quota.type);
    const config = first(ns.namespace_config);
    if (config.message_ttl_seconds !== undefined) line(where, 'TTL', config.message_ttl_seconds);
    if (config.schema_compatibility_strategy !== undefined) line(where, 'SCHEMA_COMPATIBILITY', config.schema_compatibility_strategy);
  }
  for (const [name, bodies] of Object.entries(resources.pulsar_topic ?? {})) {
    const t = first(bodies);
    line(`pulsar_topic.${name}`, 'TOPIC', t.topic_type, resolve(t.tenant, resources), resolve(t.namespace, resources), t.topic_name, t.partitions);
  }
  return plan;
}

/** Runs PolicyCheck on a plan; returns its OK and FAIL lines. */
export async function runPulsarPolicyCheck(plan: readonly string[]): Promise<string[]> {
  refuseInFastRun('PolicyCheck', 'a JDK and the Pulsar admin jars');
  if (!existsSync(PULSAR_LIBS)) throw new Error(`${PULSAR_LIBS} is missing: run bash scripts/pulsar/fetch.sh (scripts/test-prerequisites.sh does)`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'pulsar-policy-'));
  try {
    const file = path.join(work, 'plan.tsv');
    writeFileSync(file, `${plan.join('\n')}\n`);
    const args = ['-Xmx256m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', `${PULSAR_LIBS}/*`, path.join(REPO_ROOT, 'scripts/pulsar/PolicyCheck.java'), file];
    const { stdout } = await execFileAsync('java', args, { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
    return stdout.split('\n').filter((l) => /^(OK|FAIL)\t/.test(l));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
