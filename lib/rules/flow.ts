import type { SettingSource } from '../brokers/source';
import { clusterOf, indexGraph, type Connection, type Design } from '../design';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import type { ResolvedConsumerGroup } from '../brokers/services/resolve';

/**
 * Graph questions many rules ask: who publishes into a channel (through
 * exchanges and subscriptions) and who consumes it. What each node must
 * guarantee is needs.ts.
 */

/** Per-design memo: many rules ask the same graph question of the same node (answers are readonly: callers share them). */
function memo<T>(cache: WeakMap<Design, Map<string, T>>, design: ResolvedDesign, key: string, compute: () => T): T {
  let map = cache.get(design);
  if (!map) cache.set(design, (map = new Map()));
  if (!map.has(key)) map.set(key, compute());
  return map.get(key)!;
}
const publishersCache = new WeakMap<Design, Map<string, ResolvedNode[]>>();

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

/**
 * Consumer groups that consume `channelId`'s messages directly. A group that
 * reads only a JetStream advisory about the channel (a dead-letter handler
 * listening for MAX_DELIVERIES) is not one of its consumers.
 */
export function consumersOf(design: ResolvedDesign, channelId: string): readonly ResolvedConsumerGroup[] {
  return memo(consumersCache, design, channelId, () => {
    const graph = indexGraph(design);
    return (graph.outgoing.get(channelId) ?? [])
      .filter((c) => c.kind === 'consume' && c.advisory === undefined)
      .map((c) => graph.nodeById.get(c.to))
      .filter((n): n is ResolvedConsumerGroup => n?.kind === 'consumer-group');
  });
}
const consumersCache = new WeakMap<Design, Map<string, readonly ResolvedConsumerGroup[]>>();

/** Groups that listen to a channel's JetStream advisories (`advisory` on the consume connection), by advisory. */
export function advisoryReadersOf(design: ResolvedDesign, channelId: string, advisory: NonNullable<Connection['advisory']>): ResolvedConsumerGroup[] {
  const graph = indexGraph(design);
  return (graph.outgoing.get(channelId) ?? [])
    .filter((c) => c.kind === 'consume' && c.advisory === advisory)
    .map((c) => graph.nodeById.get(c.to))
    .filter((n): n is ResolvedConsumerGroup => n?.kind === 'consumer-group');
}

/** Channels whose messages a consumer group consumes (not the channels it only hears advisories about). */
export function consumedChannels(design: ResolvedDesign, groupId: string): readonly ResolvedNode[] {
  return memo(consumedCache, design, groupId, () => {
    const graph = indexGraph(design);
    return (graph.incoming.get(groupId) ?? [])
      .filter((c) => c.kind === 'consume' && c.advisory === undefined)
      .map((c) => graph.nodeById.get(c.from))
      .filter((n): n is ResolvedNode => n !== undefined);
  });
}
const consumedCache = new WeakMap<Design, Map<string, readonly ResolvedNode[]>>();

/** A reader that comes and goes (a UI, a tail, an ad-hoc query): the rules about running a service leave it alone. */
export function isEphemeral(group: ResolvedConsumerGroup): boolean {
  return group.lifecycle === 'ephemeral';
}

/**
 * The channels where work can pile up for a group: the ones it pulls from.
 * An SNS topic pushes to its endpoints (their retries are SNS's delivery
 * policy), and a dead-letter channel's backlog is its depth, which the
 * dead-letter rules watch.
 */
export function backlogChannels(design: ResolvedDesign, group: ResolvedConsumerGroup): ResolvedNode[] {
  return consumedChannels(design, group.id).filter((c) => c.kind !== 'sns-topic' && !('role' in c && c.role === 'dead-letter'));
}

/** Targets of a node's outgoing connections of `kind`. */
export function targetsOf(design: ResolvedDesign, nodeId: string, kind: string): ResolvedNode[] {
  const graph = indexGraph(design);
  return (graph.outgoing.get(nodeId) ?? [])
    .filter((c) => c.kind === kind)
    .map((c) => graph.nodeById.get(c.to))
    .filter((n): n is ResolvedNode => n !== undefined);
}

/** Production unless the node's cluster says otherwise: the conservative reading. */
export function isProduction(design: ResolvedDesign, node: ResolvedNode): boolean {
  return (clusterOf(design, node)?.environment ?? 'production') === 'production';
}

/** A setting's value for messages, with where it comes from when the design leaves it unset: `read_uncommitted (Java client … default)`. */
export function withSource(value: string | number | boolean, source: SettingSource | undefined): string {
  return `${value}${unsetNote(source)}`;
}

/** ` (unset: <where the value comes from>)` when the design leaves a setting to the software, else nothing: for messages. */
export function unsetNote(source: SettingSource | undefined): string {
  return source && source.origin !== 'design' ? ` (unset: ${source.label})` : '';
}
