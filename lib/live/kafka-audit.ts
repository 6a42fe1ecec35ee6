import type { Design } from '../design';
import { ConnectionGuard } from './connection-guard';
import { liveGuard, type LiveImportLimits } from './import-live';
import type { Difference, Plan } from './drift';
import { withAdmin } from './kafka-admin';
import { applyKafkaPlan, validateKafkaPlan } from './kafka-apply';
import type { ApplyResult } from './drift';
import { readKafkaClusterState, type KafkaClusterState } from './kafka-cluster-state';
import type { KafkaConnection } from './kafka-connection';
import { kafkaDesired, type KafkaDesired } from './kafka-desired';
import { inScope, kafkaDrift, type AuditScope } from './kafka-drift';
import { planKafka } from './kafka-plan';

/**
 * Audit, plan and apply for one Kafka cluster of a design, each one bounded
 * connection (the connection's timeout). Audit and plan send only read
 * requests and validate-only requests; apply runs the plan it computed from a
 * fresh read, so it acts on what the cluster is now, not on an older plan.
 */

export interface KafkaAuditOptions {
  /** The design's cluster id (when it draws several Kafka clusters). */
  clusterId?: string;
  scope?: AuditScope;
  /** `topic:<name>` keys that may be deleted (or deleted and re-created). */
  allowDelete?: ReadonlySet<string>;
  /** The server's allow-list and byte budget; absent, as the command line: any endpoint. */
  limits?: LiveImportLimits;
}

export interface KafkaAudit {
  desired: KafkaDesired;
  differences: Difference[];
  /** Groups the design draws that the cluster does not run now (not a difference: a group lives only while its consumers do). */
  notes: string[];
  problems: string[];
}

async function readState(admin: Parameters<typeof readKafkaClusterState>[0], desired: KafkaDesired, scope: AuditScope): Promise<KafkaClusterState> {
  const wanted = new Set(desired.topics.map((t) => t.name));
  return readKafkaClusterState(admin, { include: (name) => wanted.has(name) || inScope(name, scope) });
}

function summarize(desired: KafkaDesired, state: KafkaClusterState, scope: AuditScope): KafkaAudit {
  const running = new Set(state.groups.map((g) => g.groupId));
  const notes = desired.groups.filter((g) => !running.has(g)).map((g) => `Group "${g}" is in the design but not running on the cluster now (it appears when its consumers start).`);
  return { desired, differences: kafkaDrift(desired, state, scope), notes, problems: state.problems };
}

export async function auditKafka(connection: KafkaConnection, design: Design, options: KafkaAuditOptions = {}): Promise<KafkaAudit> {
  const desired = kafkaDesired(design, options.clusterId);
  const scope = options.scope ?? {};
  return withAdmin(connection, liveGuard(options.limits), async (admin) => summarize(desired, await readState(admin, desired, scope), scope));
}

export async function planKafkaCluster(connection: KafkaConnection, design: Design, options: KafkaAuditOptions = {}): Promise<KafkaAudit & { plan: Plan }> {
  const desired = kafkaDesired(design, options.clusterId);
  const scope = options.scope ?? {};
  return withAdmin(connection, liveGuard(options.limits), async (admin) => {
    const state = await readState(admin, desired, scope);
    const plan = await validateKafkaPlan(admin, planKafka(desired, state, { allowDelete: options.allowDelete, scope }));
    return { ...summarize(desired, state, scope), plan };
  });
}

/** Plans from a fresh read and runs the plan; refuses to start when the broker refused any operation in validation. */
export async function applyKafkaCluster(connection: KafkaConnection, design: Design, options: KafkaAuditOptions = {}): Promise<KafkaAudit & { plan: Plan; result: ApplyResult }> {
  const desired = kafkaDesired(design, options.clusterId);
  const scope = options.scope ?? {};
  // Applying may take longer than reading (deletes wait for the controller): the budget is the connection's, at least a minute.
  // Its waits re-read configs until the broker shows each change, so bytes are bounded by that time, not by a read's byte budget.
  const guard = new ConnectionGuard({ allow: options.limits?.allow, budgetBytes: Number.POSITIVE_INFINITY });
  return withAdmin({ ...connection, timeoutMs: Math.max(connection.timeoutMs, 60_000) }, guard, async (admin) => {
    const state = await readState(admin, desired, scope);
    const plan = await validateKafkaPlan(admin, planKafka(desired, state, { allowDelete: options.allowDelete, scope }));
    const refused = plan.operations.find((o) => o.refused);
    if (refused)
      return {
        ...summarize(desired, state, scope),
        plan,
        result: { done: [], failed: { operation: refused, error: `the broker refused it in validation: ${refused.refused}` }, notDone: plan.operations.filter((o) => o !== refused) },
      };
    return { ...summarize(desired, state, scope), plan, result: await applyKafkaPlan(admin, plan) };
  });
}
