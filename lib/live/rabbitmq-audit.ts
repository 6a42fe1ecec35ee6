import type { Design } from '../design';
import type { Difference, Plan } from './drift';
import { liveGuard, type LiveImportLimits } from './import-live';
import type { ApplyResult } from './drift';
import type { AuditScope } from './kafka-drift';
import { LiveImportError, withDeadline } from './live-error';
import { applyRabbitmqPlan } from './rabbitmq-apply';
import { rabbitmqClusterState, type RabbitmqClusterState } from './rabbitmq-cluster-state';
import { managementTarget, type RabbitmqConnection } from './rabbitmq-connection';
import { rabbitmqDesired } from './rabbitmq-desired';
import { rabbitmqDrift } from './rabbitmq-drift';
import { planRabbitmq } from './rabbitmq-plan';
import { rabbitmqErrorToLive, readRabbitmq } from './rabbitmq-reader';

/**
 * Audit, plan and apply for one RabbitMQ cluster of a design. Audit and plan
 * read through the live import's reader (management API, GET only, so a user
 * with the monitoring tag suffices); RabbitMQ has no validate-only mode, so a
 * plan is checked against the broker's rules here (what is fixed at declare
 * time) rather than by the broker. Apply plans from a fresh read and runs it.
 */

export interface RabbitmqAuditOptions {
  clusterId?: string;
  scope?: AuditScope;
  allowDelete?: ReadonlySet<string>;
  /** What the reads and writes may reach and receive (the studio's server passes its allow-list); absent: any endpoint, the command line's budget. */
  limits?: LiveImportLimits;
}

export interface RabbitmqAudit {
  differences: Difference[];
  notes: string[];
  problems: string[];
}

async function readState(connection: RabbitmqConnection, limits?: LiveImportLimits): Promise<RabbitmqClusterState> {
  return rabbitmqClusterState(await readRabbitmq(connection, liveGuard(limits)));
}

export async function auditRabbitmq(connection: RabbitmqConnection, design: Design, options: RabbitmqAuditOptions = {}): Promise<RabbitmqAudit> {
  const desired = rabbitmqDesired(design, options.clusterId);
  const state = await readState(connection, options.limits);
  return { differences: rabbitmqDrift(desired, state, options.scope), notes: [], problems: state.problems };
}

export async function planRabbitmqCluster(connection: RabbitmqConnection, design: Design, options: RabbitmqAuditOptions = {}): Promise<RabbitmqAudit & { plan: Plan }> {
  const desired = rabbitmqDesired(design, options.clusterId);
  const state = await readState(connection, options.limits);
  return { differences: rabbitmqDrift(desired, state, options.scope), notes: [], problems: state.problems, plan: planRabbitmq(desired, state, options) };
}

export async function applyRabbitmqCluster(connection: RabbitmqConnection, design: Design, options: RabbitmqAuditOptions = {}): Promise<RabbitmqAudit & { plan: Plan; result: ApplyResult }> {
  const planned = await planRabbitmqCluster(connection, design, options);
  const target = managementTarget(connection);
  const guard = liveGuard(options.limits);
  try {
    const result = await withDeadline(applyRabbitmqPlan(target, guard, planned.plan), Math.max(connection.timeoutMs, 60_000), `The management API at ${target.shown}`, () => guard.closeAll());
    return { ...planned, result };
  } catch (error) {
    throw error instanceof LiveImportError ? error : rabbitmqErrorToLive(error, target);
  } finally {
    guard.closeAll();
  }
}
