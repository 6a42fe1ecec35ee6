import { connect, incoming, indexGraph, nodeSchema, slugify, uniqueId, type Connection, type Design, type GraphDesign } from '../../design';
import { deadLetterToReuse } from '../queries/dead-letter-to-reuse';
import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';
import type { ResolvedSqsQueue } from '../../brokers/sqs-sns/resolve';
import { MAX_RETENTION_SECONDS } from './_limits';
import { baseName, queueName } from './_queue-name';

/**
 * Dead-letter queues: recognising them, and adding one. SQS does not create a
 * DLQ for you, and a queue that only receives failed messages has different
 * needs (no producers, longest retention, an alarm) from a work queue.
 */

/** The redrive count the fixes use: AWS's floor for Lambda, and enough retries for a transient failure. */
export const DEFAULT_MAX_RECEIVE_COUNT = 5;

const subscriptionDlqCache = new WeakMap<Design, Map<string, Connection[]>>();

/** SNS subscriptions whose redrive policy names `queueId` as their dead-letter queue. */
export function subscriptionsDeadLetteringTo(design: ResolvedDesign, queueId: string): Connection[] {
  let byQueue = subscriptionDlqCache.get(design);
  if (!byQueue) {
    byQueue = new Map();
    for (const c of design.connections) {
      if (c.deadLetterQueue === undefined) continue;
      const list = byQueue.get(c.deadLetterQueue);
      if (list) list.push(c);
      else byQueue.set(c.deadLetterQueue, [c]);
    }
    subscriptionDlqCache.set(design, byQueue);
  }
  return byQueue.get(queueId) ?? [];
}

/** A queue that receives failed messages: declared so, a redrive target, or an SNS subscription's DLQ. */
export function isDeadLetterQueue(design: ResolvedDesign, queue: ResolvedSqsQueue): boolean {
  return queue.role === 'dead-letter' || incoming(design, queue.id, 'dead-letter').length > 0 || subscriptionsDeadLetteringTo(design, queue.id).length > 0;
}

/**
 * Whether the queue `dlqId` could be switched to `fifo` without breaking
 * another of its sources: every SQS queue that redrives into it and every SNS
 * topic whose subscription dead-letters into it is of that type.
 */
export function dlqTypeFitsAllSources(design: ResolvedDesign, dlqId: string, fifo: boolean): boolean {
  const graph = indexGraph(design);
  const sources: Array<ResolvedNode | undefined> = [
    ...incoming(design, dlqId, 'dead-letter').map((c) => graph.nodeById.get(c.from)),
    ...subscriptionsDeadLetteringTo(design, dlqId).map((c) => graph.nodeById.get(c.from)),
  ];
  return sources.every((n) => !n || !('fifo' in n) || n.fifo === fifo);
}

export interface NewDeadLetterQueue {
  /** The node to name it after and to place it beside. */
  near: { id: string; name: string; cluster?: string };
  /** Name the queue is derived from (`<base>-dlq`); defaults to `near`'s. */
  base?: string;
  /** A fixed id (for a DLQ a connection already names); otherwise derived from the name. */
  id?: string;
  fifo: boolean;
  kmsManagedKey?: ResolvedSqsQueue['kmsManagedKey'];
}

/**
 * Adds a dead-letter queue: same type and cluster as what feeds it, the
 * longest retention (14 days) and a depth alarm, so a failed message waits as
 * long as SQS allows and someone hears about it.
 */
export function addDeadLetterQueue(design: Design, spec: NewDeadLetterQueue): { design: Design; id: string } {
  const graph = indexGraph(design);
  const base = baseName(spec.base ?? spec.near.name);
  const takenNames = new Set(design.nodes.map((n) => n.name));
  const nameBase = spec.id ?? uniqueId(`${base}-dlq`, { has: (candidate) => takenNames.has(queueName(candidate, spec.fifo)) });
  const id = spec.id ?? uniqueId(slugify(baseName(nameBase)), graph.nodeById);
  const node = nodeSchema.parse({
    kind: 'sqs-queue',
    id,
    name: queueName(nameBase, spec.fifo),
    ...(spec.near.cluster !== undefined && graph.clusterById.has(spec.near.cluster) ? { cluster: spec.near.cluster } : {}),
    fifo: spec.fifo,
    messageRetentionPeriod: MAX_RETENTION_SECONDS,
    kmsManagedKey: spec.kmsManagedKey ?? 'sqs-managed',
    role: 'dead-letter',
    depthAlert: true,
  });
  const position = design.layout?.[spec.near.id];
  const layout = position ? { ...design.layout, [id]: { x: position.x, y: position.y + 140 } } : design.layout;
  return { design: { ...design, nodes: [...design.nodes, node], layout }, id };
}

/**
 * The pipeline's dead-letter queue `queue` can redrive to: same account and
 * region (cluster) and same type, since SQS requires a FIFO queue's DLQ to be
 * FIFO and a standard queue's to be standard.
 */
export function sharedDeadLetterQueue<D extends GraphDesign>(design: D, queue: { id: string; cluster?: string; fifo: boolean }) {
  return deadLetterToReuse(design, { kind: 'sqs-queue', near: queue.id, cluster: queue.cluster, fits: (dlq) => dlq.fifo === queue.fifo && dlq.id !== queue.id });
}

/** Gives `queueId` a redrive policy to the pipeline's dead-letter queue, or to a new one where it has none that fits. */
export function addRedrivePolicy(design: Design, queueId: string, maxReceiveCount = DEFAULT_MAX_RECEIVE_COUNT): Design {
  const queue = indexGraph(design).nodeById.get(queueId);
  if (queue?.kind !== 'sqs-queue') return design;
  const shared = sharedDeadLetterQueue(design, queue);
  const added = shared ? { design, id: shared.id } : addDeadLetterQueue(design, { near: queue, fifo: queue.fifo, kmsManagedKey: queue.kmsManagedKey });
  const connected = connect(added.design, queue.id, added.id, 'dead-letter', { maxReceiveCount });
  return connected.ok ? connected.design : design;
}
