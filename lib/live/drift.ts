/**
 * The shared words of audit, plan and apply, whatever the broker: a
 * difference between design and cluster, and an operation that would remove
 * one. Both are plain data, so `--format json` prints them as they are.
 */

/**
 * What a difference or an operation is about: `topic orders`, `queue q.billing`,
 * `binding x→q (rk)`, `stream ORDERS`, `consumer ORDERS/billing`,
 * `sqs-queue orders`, `sns-topic events`, `subscription events>orders`.
 */
export interface ResourceRef {
  type: ResourceType;
  name: string;
}

/** Kafka: topic, group. RabbitMQ: vhost … policy. NATS JetStream: stream, consumer. AWS: sqs-queue, sns-topic, subscription. */
export const RESOURCE_TYPES = ['topic', 'group', 'vhost', 'exchange', 'queue', 'binding', 'policy', 'stream', 'consumer', 'sqs-queue', 'sns-topic', 'subscription'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export type DriftKind = 'only-in-design' | 'only-in-cluster' | 'differs';

export interface Difference {
  kind: DriftKind;
  resource: ResourceRef;
  /** The setting that differs (`partitions`, `retention.ms`, `arguments.x-max-length`). */
  setting?: string;
  /** The design's value; absent when the design does not set it. */
  design?: string;
  /** The cluster's value; absent when the cluster has none. */
  live?: string;
  /** Where the live value comes from: set on the resource, a broker default, a policy. */
  source?: string;
}

/**
 * safe: nothing running notices. disruptive: clients or data see a change
 * (keys move partition, older records expire). destructive: a resource or its
 * data is removed; never planned without the resource's own --allow-delete.
 */
export type Safety = 'safe' | 'disruptive' | 'destructive';

export interface Operation {
  action: string;
  resource: ResourceRef;
  safety: Safety;
  /** Why this safety, in a sentence. */
  why: string;
  /** What is sent, by the broker's own names (partitions, configs, arguments). */
  details: Record<string, unknown>;
  /** The broker's refusal when it validated the operation without applying it (Kafka's validate-only). */
  refused?: string;
}

/** A change the plan will not make, and why (a shrink, a reassignment, a delete without its flag). */
export interface Blocked {
  resource: ResourceRef;
  why: string;
}

export interface Plan {
  operations: Operation[];
  blocked: Blocked[];
}

/** What an apply did: the operations done, the one that failed with the broker's reason, and those not tried. */
export interface ApplyResult {
  done: Operation[];
  /** The operation that failed, with the broker's reason. */
  failed?: { operation: Operation; error: string };
  notDone: Operation[];
}

/** Runs a plan's operations in order and stops at the first failure, saying what was done and what was not. */
export async function applyInOrder(plan: Plan, run: (op: Operation) => Promise<void>, describe: (error: unknown) => string): Promise<ApplyResult> {
  const done: Operation[] = [];
  for (const [i, op] of plan.operations.entries()) {
    try {
      await run(op);
      done.push(op);
    } catch (error) {
      return { done, failed: { operation: op, error: describe(error) }, notDone: plan.operations.slice(i + 1) };
    }
  }
  return { done, notDone: [] };
}

/** `topic:orders`, the form --allow-delete takes. */
export function resourceKey(resource: ResourceRef): string {
  return `${resource.type}:${resource.name}`;
}

/** One operation as a person reviewed it (what, to which resource, how safe): an apply runs only the plan that was shown. */
export function operationKey(op: Pick<Operation, 'action' | 'resource' | 'safety'>): string {
  return `${op.action} ${resourceKey(op.resource)} ${op.safety}`;
}

/** One line for a person: `topic orders: retention.ms differs (design 86400000, cluster 604800000 — Kafka default)`. */
export function describeDifference(d: Difference): string {
  const what = `${d.resource.type} ${d.resource.name}`;
  if (d.kind === 'only-in-design') return `${what}: only in the design`;
  if (d.kind === 'only-in-cluster') return `${what}: only in the cluster${d.live ? ` (${d.live})` : ''}`;
  const design = d.design === undefined ? 'not set in the design' : `design ${d.design}`;
  const live = d.live === undefined ? 'not set on the cluster' : `cluster ${d.live}${d.source ? ` — ${d.source}` : ''}`;
  return `${what}: ${d.setting} differs (${design}; ${live})`;
}

export function describeOperation(op: Operation): string {
  const details = Object.entries(op.details)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  return `[${op.safety}] ${op.action} ${op.resource.type} ${op.resource.name}${details ? ` ${details}` : ''} — ${op.why}${op.refused ? ` — REFUSED by the broker: ${op.refused}` : ''}`;
}
