import type { SettingSource } from '../brokers/source';
import { effectiveRequirements, indexGraph, type Design, type Requirements } from '../design';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import { clusterOf } from '../design';

/**
 * Graph questions many rules ask: who publishes into a channel (through
 * exchanges and subscriptions), who consumes it, and which guarantees the
 * flows through it declare.
 */

const DELIVERY_RANK = { 'at-most-once': 0, 'at-least-once': 1, 'exactly-once': 2 } as const;
const ORDERING_RANK = { none: 0, 'per-key': 1, strict: 2 } as const;
const CRITICALITY_RANK = { low: 0, normal: 1, critical: 2 } as const;

/** Per-design memo: many rules ask the same graph question of the same node. */
function memo<T>(cache: WeakMap<Design, Map<string, T>>, design: ResolvedDesign, key: string, compute: () => T): T {
  let map = cache.get(design);
  if (!map) cache.set(design, (map = new Map()));
  if (!map.has(key)) map.set(key, compute());
  return map.get(key)!;
}
const publishersCache = new WeakMap<Design, Map<string, ResolvedNode[]>>();
const requirementsCache = new WeakMap<Design, Map<string, Requirements>>();

/** Services (producers, or consumer groups that publish) whose messages reach `nodeId`. */
export function upstreamPublishers(design: ResolvedDesign, nodeId: string): ResolvedNode[] {
  return memo(publishersCache, design, nodeId, () => walkUpstream(design, nodeId));
}

function walkUpstream(design: ResolvedDesign, nodeId: string): ResolvedNode[] {
  const graph = indexGraph(design);
  const seen = new Set<string>([nodeId]);
  const publishers = new Map<string, ResolvedNode>();
  const queue = [nodeId];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const c of graph.incoming.get(id) ?? []) {
      const source = graph.nodeById.get(c.from);
      if (!source) continue;
      if (c.kind === 'publish') publishers.set(source.id, source);
      else if ((c.kind === 'bind' || c.kind === 'subscription' || c.kind === 'alternate') && !seen.has(source.id)) {
        seen.add(source.id);
        queue.push(source.id);
      }
    }
  }
  return [...publishers.values()];
}

/** The producers (kind `producer`) upstream of `nodeId`. */
export function upstreamProducers(design: ResolvedDesign, nodeId: string) {
  return upstreamPublishers(design, nodeId).filter((n): n is Extract<ResolvedNode, { kind: 'producer' }> => n.kind === 'producer');
}

/** Consumer groups that consume `channelId` directly. */
export function consumersOf(design: ResolvedDesign, channelId: string) {
  const graph = indexGraph(design);
  return (graph.outgoing.get(channelId) ?? [])
    .filter((c) => c.kind === 'consume')
    .map((c) => graph.nodeById.get(c.to))
    .filter((n): n is Extract<ResolvedNode, { kind: 'consumer-group' }> => n?.kind === 'consumer-group');
}

/** Channels a consumer group consumes. */
export function consumedChannels(design: ResolvedDesign, groupId: string): ResolvedNode[] {
  const graph = indexGraph(design);
  return (graph.incoming.get(groupId) ?? [])
    .filter((c) => c.kind === 'consume')
    .map((c) => graph.nodeById.get(c.from))
    .filter((n): n is ResolvedNode => n !== undefined);
}

/** Targets of a node's outgoing connections of `kind`. */
export function targetsOf(design: ResolvedDesign, nodeId: string, kind: string): ResolvedNode[] {
  const graph = indexGraph(design);
  return (graph.outgoing.get(nodeId) ?? [])
    .filter((c) => c.kind === kind)
    .map((c) => graph.nodeById.get(c.to))
    .filter((n): n is ResolvedNode => n !== undefined);
}

/**
 * The strictest requirements of the flows that reach `nodeId`: the strongest
 * delivery, ordering and criticality any upstream producer declares. With no
 * producer upstream, the design's defaults. For a consumer group, the flows of
 * the channels it consumes.
 */
export function requirementsAt(design: ResolvedDesign, nodeId: string): Requirements {
  return memo(requirementsCache, design, nodeId, () => computeRequirementsAt(design, nodeId));
}

function computeRequirementsAt(design: ResolvedDesign, nodeId: string): Requirements {
  const graph = indexGraph(design);
  const node = graph.nodeById.get(nodeId);
  let producers: ResolvedNode[];
  if (node?.kind === 'producer') producers = [node];
  else if (node?.kind === 'consumer-group') producers = consumedChannels(design, nodeId).flatMap((ch) => upstreamProducers(design, ch.id));
  else producers = upstreamProducers(design, nodeId);
  if (producers.length === 0) return design.requirements;
  return producers.map((p) => effectiveRequirements(design, p)).reduce(strictest);
}

function strictest(a: Requirements, b: Requirements): Requirements {
  return {
    ...a,
    throughput: a.throughput + b.throughput,
    delivery: DELIVERY_RANK[a.delivery] >= DELIVERY_RANK[b.delivery] ? a.delivery : b.delivery,
    ordering: ORDERING_RANK[a.ordering] >= ORDERING_RANK[b.ordering] ? a.ordering : b.ordering,
    criticality: CRITICALITY_RANK[a.criticality] >= CRITICALITY_RANK[b.criticality] ? a.criticality : b.criticality,
    maxMessageBytes: Math.max(a.maxMessageBytes ?? 0, b.maxMessageBytes ?? 0) || undefined,
    retentionHours: Math.max(a.retentionHours ?? 0, b.retentionHours ?? 0) || undefined,
    maxConsumerOutageHours: Math.max(a.maxConsumerOutageHours ?? 0, b.maxConsumerOutageHours ?? 0) || undefined,
  };
}

export function atLeastOnce(requirements: Requirements): boolean {
  return requirements.delivery !== 'at-most-once';
}

/** Production unless the node's cluster says otherwise: the conservative reading. */
export function isProduction(design: ResolvedDesign, node: ResolvedNode): boolean {
  return (clusterOf(design, node)?.environment ?? 'production') === 'production';
}

/** A setting's value for messages, with where it comes from when the design leaves it unset: `read_uncommitted (Java client … default)`. */
export function withSource(value: string | number | boolean, source: SettingSource | undefined): string {
  return source && source.origin !== 'design' ? `${value} (unset: ${source.label})` : String(value);
}
