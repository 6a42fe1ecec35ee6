import type { ResolvedDesign } from '../brokers/resolved-design';
import type { ResolvedConsumerGroup } from '../brokers/services/resolve';
import { durationToMs, type DesignNode, type GraphIndex } from '../design';
import { fitLognormal } from './lognormal';
import type { ConsumerSpec, EmitterSpec, Family, StationSpec } from './network-types';

/** Microseconds per millisecond: the engine's clock is in µs, designs say ms. */
export const US = 1000;

/**
 * What compiling a design into a Network (network.ts) builds up: the
 * resolved design and its graph, the consumers, stations and emitters so
 * far, and the notes on what it cannot model. The station and emitter
 * compilers (compile-stations.ts, compile-emitters.ts) add to it in order.
 */
export interface CompileContext {
  design: ResolvedDesign;
  graph: GraphIndex<ResolvedDesign['nodes'][number]>;
  notes: Set<string>;
  consumers: ConsumerSpec[];
  consumerIndex: Map<string, number>;
  stations: StationSpec[];
  emitters: EmitterSpec[];
  /** Stations fed by a channel, by channel id; filled before emitters are built. */
  stationsOfChannel: Map<string, number[]>;
}

/** Brokers in a node's cluster (3 when it names none). */
export function clusterNodes(ctx: CompileContext, node: DesignNode): number {
  return (node.cluster !== undefined ? ctx.graph.clusterById.get(node.cluster)?.nodes : undefined) ?? 3;
}

/** The consumer index of a group, compiled on first use. */
export function consumerOf(ctx: CompileContext, node: ResolvedConsumerGroup): number {
  const known = ctx.consumerIndex.get(node.id);
  if (known !== undefined) return known;
  const backoff = node.retry.backoff.map((b) => (durationToMs(b) ?? 0) * US);
  const autoCommit = node.kafka['enable.auto.commit'] === true;
  ctx.consumers.push({
    id: node.id,
    name: node.name,
    activeInstances: Math.max(1, node.instances - node.standbyInstances),
    concurrency: node.concurrency,
    processing: fitLognormal(node.processingMsP50, node.processingMsP99),
    maxRetries: node.retry.maxRetries,
    backoffUs: backoff.length > 0 ? backoff : [0],
    commitsBeforeProcessing: !node.commitAfterProcessing || (autoCommit && node.asyncProcessing),
    autoAck: node.ackMode === 'auto',
    requeueOnError: node.rabbitmq.requeueOnError,
    sessionTimeoutUs: (node.kafka['session.timeout.ms'] ?? 45_000) * US,
    relays: [],
    deadLetter: -1,
  });
  ctx.consumerIndex.set(node.id, ctx.consumers.length - 1);
  return ctx.consumers.length - 1;
}

/** The consumer groups reading a channel (advisory connections aside), in connection order. */
export function consumersOf(ctx: CompileContext, channelId: string): ResolvedConsumerGroup[] {
  return (ctx.graph.outgoing.get(channelId) ?? [])
    .filter((c) => c.kind === 'consume' && c.advisory === undefined)
    .map((c) => ctx.graph.nodeById.get(c.to))
    .filter((n): n is ResolvedConsumerGroup => n?.kind === 'consumer-group');
}

/** The resolved node of a compiled consumer. */
export function consumerNode(ctx: CompileContext, g: number): ResolvedConsumerGroup {
  return ctx.design.nodes.find((n) => n.id === ctx.consumers[g].id) as ResolvedConsumerGroup;
}

/** The threads of some groups: per thread, its consumer and instance (at most `perInstanceCap` per instance). */
export function threadsOf(ctx: CompileContext, groups: number[], perInstanceCap = Infinity): { serverConsumer: number[]; serverInstance: number[] } {
  const serverConsumer: number[] = [];
  const serverInstance: number[] = [];
  for (const g of groups) {
    const c = ctx.consumers[g];
    const perInstance = Math.min(c.concurrency, perInstanceCap);
    for (let i = 0; i < c.activeInstances; i++)
      for (let t = 0; t < perInstance; t++) {
        serverConsumer.push(g);
        serverInstance.push(i);
      }
  }
  return { serverConsumer, serverInstance };
}

/** A station of `node` for `groups` with no limits, no redelivery and no threads yet: each family sets what it has. */
export function baseStation(ctx: CompileContext, node: DesignNode, family: Family, groups: number[]): StationSpec {
  const { consumers } = ctx;
  return {
    id: groups.length === 1 ? `${node.id}→${consumers[groups[0]].id}` : node.id,
    channelId: node.id,
    channelName: node.name,
    family,
    role: 'role' in node && node.role !== undefined ? node.role : 'normal',
    consumers: groups,
    label: groups.length > 0 ? `${node.name} → ${groups.map((g) => consumers[g].name).join(', ')}` : `${node.name} (no consumer)`,
    laned: false,
    serverConsumer: [],
    serverInstance: [],
    expiryUs: Infinity,
    expiryFromEnqueue: false,
    maxLength: Infinity,
    maxLengthBytes: Infinity,
    overflow: 'drop-head',
    deliveryLimit: Infinity,
    redeliverAfterUs: Infinity,
    maxDeliveries: Infinity,
    redeliveryBackoffUs: [],
    redrive: [],
    delayUs: 0,
    replicas: 1,
    clusterNodes: clusterNodes(ctx, node),
  };
}

export function addStation(ctx: CompileContext, station: StationSpec): number {
  ctx.stations.push(station);
  const list = ctx.stationsOfChannel.get(station.channelId) ?? [];
  list.push(ctx.stations.length - 1);
  ctx.stationsOfChannel.set(station.channelId, list);
  return ctx.stations.length - 1;
}
