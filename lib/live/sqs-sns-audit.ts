import type { Design } from '../design';
import type { Difference, Plan } from './drift';
import { liveGuard, type LiveImportLimits } from './import-live';
import type { ApplyResult } from './drift';
import type { AuditScope } from './kafka-drift';
import { withDeadline } from './live-error';
import { applySqsSnsPlan } from './sqs-sns-apply';
import { awsClients } from './sqs-sns-clients';
import { sqsSnsClusterState } from './sqs-sns-cluster-state';
import type { SqsSnsConnection } from './sqs-sns-connection';
import { sqsSnsDesired } from './sqs-sns-desired';
import { sqsSnsDrift } from './sqs-sns-drift';
import { planSqsSns } from './sqs-sns-plan';
import { awsErrorToLive, awsTarget, readSqsSns } from './sqs-sns-reader';

/**
 * Audit, plan and apply for the SQS queues and SNS topics of a design in one
 * AWS account and region. Audit and plan read through the live import's
 * reader (List* and Get*Attributes only: what a read-only IAM policy grants);
 * AWS has no validate-only mode for these calls, so a plan is checked against
 * SQS's and SNS's rules here. Apply plans from a fresh read and runs the plan.
 */

export interface SqsSnsAuditOptions {
  clusterId?: string;
  scope?: AuditScope;
  /** `sqs-queue:<name>`, `sns-topic:<name>` and `subscription:<topic>><endpoint>` keys that may be deleted. */
  allowDelete?: ReadonlySet<string>;
  /** The server's allow-list and byte budget; absent, as the command line: any endpoint. */
  limits?: LiveImportLimits;
}

export interface SqsSnsAudit {
  differences: Difference[];
  notes: string[];
  problems: string[];
}

const NOTES = ['Queue access policies (which topics may send to a queue) are not compared or set; the CloudFormation export writes them.'];

async function survey(connection: SqsSnsConnection, design: Design, options: SqsSnsAuditOptions) {
  const desired = sqsSnsDesired(design, options.clusterId);
  const state = sqsSnsClusterState(await readSqsSns(connection, liveGuard(options.limits)));
  return { desired, state, audit: { differences: sqsSnsDrift(desired, state, options.scope), notes: desired.subscriptions.length > 0 ? NOTES : [], problems: state.problems } };
}

export async function auditSqsSns(connection: SqsSnsConnection, design: Design, options: SqsSnsAuditOptions = {}): Promise<SqsSnsAudit> {
  return (await survey(connection, design, options)).audit;
}

export async function planSqsSnsCluster(connection: SqsSnsConnection, design: Design, options: SqsSnsAuditOptions = {}): Promise<SqsSnsAudit & { plan: Plan }> {
  const { desired, state, audit } = await survey(connection, design, options);
  return { ...audit, plan: planSqsSns(desired, state, options) };
}

/** Plans from a fresh read and runs the plan. */
export async function applySqsSnsCluster(connection: SqsSnsConnection, design: Design, options: SqsSnsAuditOptions = {}): Promise<SqsSnsAudit & { plan: Plan; result: ApplyResult }> {
  const planned = await planSqsSnsCluster(connection, design, options);
  const { endpoints, shown, secrets } = awsTarget(connection);
  const guard = liveGuard(options.limits);
  const clients = awsClients(connection, endpoints, guard, 1);
  try {
    const work = applySqsSnsPlan(clients, planned.plan, (error) => awsErrorToLive(error, shown, secrets).message);
    const result = await withDeadline(Promise.race([work, guard.stopped]), Math.max(connection.timeoutMs, 60_000), `AWS at ${shown}`, () => guard.closeAll());
    return { ...planned, result };
  } catch (error) {
    throw guard.failure ?? awsErrorToLive(error, shown, secrets);
  } finally {
    clients.destroy();
    guard.closeAll();
  }
}
