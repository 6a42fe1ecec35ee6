import { effectiveRequirements, indexGraph, type Design, type Requirements } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import { messagesAt } from './_message-flows';

/**
 * The guarantees the flows through a RabbitMQ queue declare, with routing
 * taken into account: only the producers whose messages really reach the
 * queue (by routing key, through exchange bindings, alternate exchanges and
 * dead lettering) count. Several flows: the strictest of each guarantee and
 * the sum of throughputs. No producer reaches it: the design's defaults.
 */

const DELIVERY_RANK = { 'at-most-once': 0, 'at-least-once': 1, 'exactly-once': 2 } as const;
const ORDERING_RANK = { none: 0, 'per-key': 1, strict: 2 } as const;
const CRITICALITY_RANK = { low: 0, normal: 1, critical: 2 } as const;

function strictest(a: Requirements, b: Requirements): Requirements {
  return {
    ...a,
    throughput: a.throughput + b.throughput,
    peakThroughput: a.peakThroughput !== undefined || b.peakThroughput !== undefined ? (a.peakThroughput ?? a.throughput) + (b.peakThroughput ?? b.throughput) : undefined,
    delivery: DELIVERY_RANK[a.delivery] >= DELIVERY_RANK[b.delivery] ? a.delivery : b.delivery,
    ordering: ORDERING_RANK[a.ordering] >= ORDERING_RANK[b.ordering] ? a.ordering : b.ordering,
    criticality: CRITICALITY_RANK[a.criticality] >= CRITICALITY_RANK[b.criticality] ? a.criticality : b.criticality,
    retentionHours: Math.max(a.retentionHours ?? 0, b.retentionHours ?? 0) || undefined,
  };
}

const cache = new WeakMap<Design, Map<string, Requirements>>();
const producerCache = new WeakMap<Design, Map<string, Requirements>>();

/** A producer's effective requirements, parsed once per design. */
function producerRequirements(design: ResolvedDesign, producerId: string): Requirements {
  let map = producerCache.get(design);
  if (!map) producerCache.set(design, (map = new Map()));
  let result = map.get(producerId);
  if (!result) map.set(producerId, (result = effectiveRequirements(design, indexGraph(design).nodeById.get(producerId))));
  return result;
}

/** The strictest requirements of the producers whose messages reach `queueId`. */
export function queueRequirements(design: ResolvedDesign, queueId: string): Requirements {
  let map = cache.get(design);
  if (!map) cache.set(design, (map = new Map()));
  const cached = map.get(queueId);
  if (cached) return cached;
  const graph = indexGraph(design);
  const producers = new Set<string>();
  for (const message of messagesAt(design, queueId)) {
    if (graph.nodeById.get(message.publisherId)?.kind === 'producer') producers.add(message.publisherId);
  }
  const result =
    producers.size === 0
      ? design.requirements
      : [...producers].map((id) => producerRequirements(design, id)).reduce(strictest);
  map.set(queueId, result);
  return result;
}

/** The strictest requirements over several queues (the ones a consumer group reads). */
export function requirementsOver(design: ResolvedDesign, queueIds: readonly string[]): Requirements {
  if (queueIds.length === 0) return design.requirements;
  return queueIds.map((id) => queueRequirements(design, id)).reduce(strictest);
}

export function atLeastOnceFlow(requirements: Requirements): boolean {
  return requirements.delivery !== 'at-most-once';
}

export function orderedFlow(requirements: Requirements): boolean {
  return requirements.ordering !== 'none';
}
