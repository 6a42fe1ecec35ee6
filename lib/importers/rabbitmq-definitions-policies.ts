import { rabbitmqPolicySchema } from '../design';
import { compilePolicies, effectivePolicy, safeRegex, type PolicyTarget } from '../rabbitmq/policies';
import { RESERVED_KEYS, describe, int, isRecord, keyPath, short, str, type DesignBuilder } from './builder';
import type { Rec, VhostOf } from './rabbitmq-definitions-scope';

/**
 * The `policies` section of a RabbitMQ definitions file: read as declared
 * (kept on the cluster, so they still match the queues made later), and
 * matched against each queue and exchange for the review, as RabbitMQ applies
 * them (the matching policy of highest priority).
 */

export interface Policy {
  index: number;
  name: string;
  vhost: string;
  pattern: string;
  applyTo: 'all' | 'queues' | 'exchanges' | 'classic_queues' | 'quorum_queues' | 'streams';
  priority: number;
  definition: Rec;
}

/**
 * Policy evaluation stops after this many pattern tests (queues and exchanges
 * times policies), so a file with many of both cannot stall the import. A
 * count, not a clock: the same file imports the same way on a busy machine.
 */
export const POLICY_MATCH_BUDGET = 2_000_000;

/** The policy that applies to a queue or exchange, if any. */
export type PolicyFor = (target: PolicyTarget) => Policy | undefined;

export function readPolicies(b: DesignBuilder, raw: unknown[], vhostOf: VhostOf): Policy[] {
  const out: Policy[] = [];
  raw.forEach((p, index) => {
    const path = `policies[${index}]`;
    if (!isRecord(p)) return b.note(path, 'Not an object; skipped.');
    const name = str(p.name);
    if (!name) return b.note(path, 'A policy without a "name" is skipped (RabbitMQ rejects it).');
    const vhost = vhostOf(p, path, `Policy "${short(name)}"`);
    if (vhost === undefined) return;
    if (!isRecord(p.definition) || Object.keys(p.definition).length === 0) return b.note(`${path}.definition`, `Policy "${short(name)}" has no definition; skipped.`);
    const pattern = p.pattern;
    if (typeof pattern !== 'string') return b.note(`${path}.pattern`, `Policy "${short(name)}" has no pattern; skipped.`);
    const applyTo = p['apply-to'] === undefined ? 'all' : p['apply-to'];
    if (typeof applyTo !== 'string' || !['all', 'queues', 'exchanges', 'classic_queues', 'quorum_queues', 'streams'].includes(applyTo)) {
      return b.note(`${path}.apply-to`, `"apply-to" ${describe(applyTo)} is not all, queues, exchanges, classic_queues, quorum_queues or streams; the policy is skipped.`);
    }
    if (['classic_queues', 'quorum_queues', 'streams'].includes(applyTo)) b.note(`${path}.apply-to`, `"apply-to": "${applyTo}" needs RabbitMQ 3.12 or later.`);
    const priority = p.priority === undefined ? 0 : int(p.priority);
    if (priority === undefined) b.note(`${path}.priority`, `Priority ${describe(p.priority)} is not a whole number; 0 is used.`);
    const regex = safeRegex(pattern);
    if (!regex.ok) b.note(`${path}.pattern`, `Pattern ${describe(pattern)} ${regex.reason}; the policy is kept, but what it gives each queue and exchange is not worked out.`);
    const definition: Rec = {};
    for (const [key, value] of Object.entries(p.definition)) {
      const keyAt = keyPath(`${path}.definition`, key);
      const list = Array.isArray(value) && value.every((v) => typeof v === 'string');
      if (RESERVED_KEYS.has(key)) b.note(keyAt, `A policy key named "${key}" cannot be kept in a design.`);
      else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || list) definition[key] = value;
      else b.note(keyAt, `Policy key "${short(key)}" = ${describe(value)} is neither a single value nor a list of names; not kept.`);
    }
    out.push({ index, name, vhost, pattern, applyTo: applyTo as Policy['applyTo'], priority: priority ?? 0, definition });
  });
  return out;
}

/**
 * Matches queues and exchanges to policies until `budget` pattern tests are
 * spent, then says so once and matches no more.
 */
export function policyMatcher(b: DesignBuilder, policies: Policy[], budget = POLICY_MATCH_BUDGET): PolicyFor {
  let matchesLeft = budget;
  let budgetNoted = false;
  const compiled = compilePolicies(policies);
  return (target) => {
    if (policies.length === 0) return undefined;
    matchesLeft -= compiled.length;
    if (matchesLeft < 0) {
      if (!budgetNoted)
        b.note('policies', 'There are too many queues and policies to match; what the policies give was not worked out for the remaining queues and exchanges (the policies themselves are kept).');
      budgetNoted = true;
      return undefined;
    }
    return effectivePolicy(compiled, target);
  };
}

/** The keys a policy gives a queue, other than the dead-letter and alternate exchanges (which become connections). */
export function policySettings(b: DesignBuilder, policy: Policy, queueName: string): Rec | undefined {
  const kept: Rec = {};
  for (const [k, v] of Object.entries(policy.definition)) {
    if (k === 'dead-letter-exchange' || k === 'dead-letter-routing-key' || k === 'alternate-exchange') continue;
    if (RESERVED_KEYS.has(k)) b.note(keyPath(`policies[${policy.index}].definition`, k), `A policy key named "${k}" cannot be kept in a design.`);
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') kept[k] = v;
    else b.note(keyPath(`policies[${policy.index}].definition`, k), `Policy key "${short(k)}" = ${describe(v)} is not a single value; it is not kept on queue "${short(queueName)}".`);
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** Keeps the policies on the cluster, each on its own, so one the design cannot hold does not take the others with it. */
export function keepPolicies(b: DesignBuilder, cluster: string, policies: Policy[]): void {
  const kept = policies.flatMap((p) => {
    const parsed = rabbitmqPolicySchema.safeParse(designPolicy(p));
    if (parsed.success) return [parsed.data];
    b.note(
      `policies[${p.index}]`,
      `Policy "${short(p.name)}" cannot be kept in the design: ${parsed.error.issues
        .map((i) => `${i.path.join('.') || 'policy'}: ${i.message}`)
        .join('; ')
        .slice(0, 300)}.`,
    );
    return [];
  });
  if (kept.length > 0) b.patchCluster(cluster, { policies: kept }, 'policies');
}

/** The policy as the design keeps it on the cluster. */
function designPolicy(p: Policy): Rec {
  return { vhost: p.vhost, name: p.name, pattern: p.pattern, applyTo: p.applyTo, priority: p.priority, definition: p.definition };
}
