import { clusterOf, indexGraph, nodesOfKind } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedRabbitmqQueue } from '../../brokers/rabbitmq/resolve';
import { consumersOf } from '../flow';

/**
 * Facts about RabbitMQ queues as the broker sees them: queue arguments
 * (`x-…`) and policy keys for the same setting, the broker defaults when
 * neither is set, and the version-dependent defaults.
 */

export type QueueArguments = ResolvedRabbitmqQueue['arguments'];
export type Overflow = 'drop-head' | 'reject-publish' | 'reject-publish-dlx';

export function rabbitQueues(design: ResolvedDesign): ResolvedRabbitmqQueue[] {
  return nodesOfKind(design, 'rabbitmq-queue');
}

/** A setting from the queue argument or, when that is unset, from the policy applied to the queue. */
export function queueSetting(queue: ResolvedRabbitmqQueue, argument: keyof QueueArguments, policyKey: string): string | number | boolean | undefined {
  const value = queue.arguments[argument];
  if (value !== undefined) return value;
  return queue.policy && Object.hasOwn(queue.policy, policyKey) ? queue.policy[policyKey] : undefined;
}

/** Where a setting comes from, for messages and fixes. */
export function settingSource(queue: ResolvedRabbitmqQueue, argument: keyof QueueArguments): 'argument' | 'policy' {
  return queue.arguments[argument] !== undefined ? 'argument' : 'policy';
}

/** The overflow behaviour; `drop-head` is the broker default. */
export function overflowOf(queue: ResolvedRabbitmqQueue): Overflow {
  const value = queueSetting(queue, 'x-overflow', 'overflow');
  return value === 'reject-publish' || value === 'reject-publish-dlx' ? value : 'drop-head';
}

/** Whether a length limit (messages or bytes) applies to the queue. */
export function hasLengthLimit(queue: ResolvedRabbitmqQueue): boolean {
  return queueSetting(queue, 'x-max-length', 'max-length') !== undefined || queueSetting(queue, 'x-max-length-bytes', 'max-length-bytes') !== undefined;
}

export function messageTtl(queue: ResolvedRabbitmqQueue): number | undefined {
  const value = queueSetting(queue, 'x-message-ttl', 'message-ttl');
  return typeof value === 'number' ? value : undefined;
}

export function queueExpires(queue: ResolvedRabbitmqQueue): number | undefined {
  const value = queueSetting(queue, 'x-expires', 'expires');
  return typeof value === 'number' ? value : undefined;
}

/**
 * A queue meant to go away: one with a queue TTL (x-expires), an exclusive
 * queue (gone with its connection), an auto-delete queue (gone with its last
 * consumer). Replication and quorum are for long-lived data.
 */
export function isTemporaryQueue(queue: ResolvedRabbitmqQueue): boolean {
  return queue.exclusive || queue.autoDelete || queueExpires(queue) !== undefined;
}

/** `[major, minor]` of the queue's cluster version, or `undefined` when not declared. */
export function rabbitVersion(design: ResolvedDesign, node: Parameters<typeof clusterOf>[1]): [number, number] | undefined {
  const version = clusterOf(design, node)?.version;
  const match = version === undefined ? null : /^(\d+)(?:\.(\d+))?/.exec(version);
  return match ? [Number(match[1]), Number(match[2] ?? 0)] : undefined;
}

/** Whether the cluster runs at least `major.minor`; an undeclared version is taken as current (4.x). */
export function versionAtLeast(design: ResolvedDesign, node: Parameters<typeof clusterOf>[1], major: number, minor = 0): boolean {
  const version = rabbitVersion(design, node);
  if (!version) return true;
  return version[0] > major || (version[0] === major && version[1] >= minor);
}

/**
 * A quorum queue's effective delivery limit: the argument or policy, else
 * the broker default (20 since 4.0; unlimited, -1, before).
 */
export function deliveryLimit(design: ResolvedDesign, queue: ResolvedRabbitmqQueue): { limit: number; explicit: boolean } {
  const value = queueSetting(queue, 'x-delivery-limit', 'delivery-limit');
  if (typeof value === 'number') return { limit: value, explicit: true };
  return { limit: versionAtLeast(design, queue, 4) ? 20 : -1, explicit: false };
}

/** Consumer groups that consume `queueId`. */
export function queueConsumers(design: ResolvedDesign, queueId: string) {
  return consumersOf(design, queueId);
}

/** The RabbitMQ queues a consumer group consumes. */
export function queuesConsumedBy(design: ResolvedDesign, groupId: string): ResolvedRabbitmqQueue[] {
  const graph = indexGraph(design);
  return (graph.incoming.get(groupId) ?? [])
    .filter((c) => c.kind === 'consume')
    .map((c) => graph.nodeById.get(c.from))
    .filter((n): n is ResolvedRabbitmqQueue => n?.kind === 'rabbitmq-queue');
}

/** A consumer that rejects failed messages without requeueing them: the rejection dead-letters (or drops) them. */
export function rejectsWithoutRequeue(group: { ackMode: string; rabbitmq: { requeueOnError: boolean } }): boolean {
  return group.ackMode === 'manual' && !group.rabbitmq.requeueOnError;
}

/** UTF-8 length, the unit RabbitMQ's 255-byte limits are in. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
