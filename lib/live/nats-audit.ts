import type { Design } from '../design';
import type { Difference, Plan } from './drift';
import { liveGuard, type LiveImportLimits } from './import-live';
import type { ApplyResult } from './drift';
import type { AuditScope } from './kafka-drift';
import { LiveImportError, withDeadline } from './live-error';
import { applyNatsPlan } from './nats-apply';
import { natsClusterState } from './nats-cluster-state';
import { natsTarget, type NatsConnection, type NatsTarget } from './nats-connection';
import { natsDesired } from './nats-desired';
import { isDurable, natsDrift } from './nats-drift';
import { planNats } from './nats-plan';
import { connectNats, jetstreamOf, natsErrorToLive, readNats } from './nats-reader';
import type { NatsStreamConfig } from '../exporters/nats-jetstream-config';

/**
 * Audit, plan and apply for the JetStream account of one NATS cluster of a
 * design. Audit and plan read through the live import's reader (stream and
 * consumer lists only: no request that changes anything); nats-server has no
 * validate-only update, so a plan is checked against the server's update
 * rules here (lib/brokers/nats/jetstream-update-rules.ts). Apply plans from a
 * fresh read and runs the plan on one guarded connection.
 */

export interface NatsAuditOptions {
  clusterId?: string;
  scope?: AuditScope;
  /** `stream:<name>` and `consumer:<stream>/<name>` keys that may be deleted (or deleted and created again). */
  allowDelete?: ReadonlySet<string>;
  /** The server's allow-list and byte budget; absent, as the command line: any endpoint. */
  limits?: LiveImportLimits;
}

export interface NatsAudit {
  differences: Difference[];
  notes: string[];
  problems: string[];
}

function notes(desired: NatsStreamConfig[]): string[] {
  return desired.flatMap((s) =>
    s.consumers
      .filter((c) => !isDurable(c))
      .map((c) => `Consumer "${c.name}" of stream "${s.node.name}" is not durable: the server keeps it only while a client reads, so audit and apply leave it to the application.`),
  );
}

async function survey(connection: NatsConnection, design: Design, options: NatsAuditOptions) {
  const desired = natsDesired(design, options.clusterId);
  const state = natsClusterState(await readNats(connection, liveGuard(options.limits)));
  return { desired, state, audit: { differences: natsDrift(desired, state, options.scope), notes: notes(desired), problems: state.problems } };
}

export async function auditNats(connection: NatsConnection, design: Design, options: NatsAuditOptions = {}): Promise<NatsAudit> {
  return (await survey(connection, design, options)).audit;
}

export async function planNatsCluster(connection: NatsConnection, design: Design, options: NatsAuditOptions = {}): Promise<NatsAudit & { plan: Plan }> {
  const { desired, state, audit } = await survey(connection, design, options);
  return { ...audit, plan: planNats(desired, state, options) };
}

/** Plans from a fresh read and runs the plan. */
export async function applyNatsCluster(connection: NatsConnection, design: Design, options: NatsAuditOptions = {}): Promise<NatsAudit & { plan: Plan; result: ApplyResult }> {
  const planned = await planNatsCluster(connection, design, options);
  let target: NatsTarget;
  try {
    target = natsTarget(connection);
  } catch (error) {
    throw new LiveImportError('invalid-input', (error as Error).message);
  }
  const guard = liveGuard(options.limits);
  // Deletes and creates wait for the server's store: the budget is the connection's, at least a minute.
  const timeoutMs = Math.max(connection.timeoutMs, 60_000);
  const work = async (): Promise<ApplyResult> => {
    const nc = await connectNats(target, connection.timeoutMs, guard, 'queuewright apply');
    try {
      return await applyNatsPlan(await jetstreamOf(nc, target), planned.plan);
    } finally {
      await nc.close().catch(() => undefined);
    }
  };
  try {
    const result = await withDeadline(Promise.race([work(), guard.stopped]), timeoutMs, `The NATS server at ${target.shown}`, () => guard.closeAll());
    return { ...planned, result };
  } catch (error) {
    throw guard.failure ?? natsErrorToLive(error, target);
  } finally {
    guard.closeAll();
  }
}
