import { indexGraph, nodeSchema, slugify, uniqueId, type ConnectionKind, type Design, type GraphDesign, type GraphIndex } from '../../design';
import type { ResolvedDesign, ResolvedNode, ResolvedNodeOfKind } from '../../brokers/resolved-design';
import type { ResolvedArtemisAddress } from '../../brokers/artemis/resolve';
import { consumersOf } from '../flow';
import { deadLetterToReuse } from '../queries/dead-letter-to-reuse';

/**
 * Artemis's graph: an address routes to the queues bound to it (`bind`), consumers read queues, and an
 * address's dead-letter address is its `dead-letter` connection to another address.
 */

export type ArtemisQueue = ResolvedNodeOfKind<'artemis-queue'>;

/** The queues bound to an address. */
export function queuesOf(design: ResolvedDesign, addressId: string): ArtemisQueue[] {
  return boundQueues(indexGraph(design), addressId);
}

/** The queues bound to an address, from the design's graph. */
export function boundQueues(graph: GraphIndex<ResolvedNode>, addressId: string): ArtemisQueue[] {
  return (graph.outgoing.get(addressId) ?? [])
    .filter((c) => c.kind === 'bind')
    .map((c) => graph.nodeById.get(c.to))
    .filter((n): n is ArtemisQueue => n?.kind === 'artemis-queue');
}

/** The address a queue is bound to, if any. */
export function addressOf(design: ResolvedDesign, queueId: string): ResolvedArtemisAddress | undefined {
  return boundAddress(indexGraph(design), queueId);
}

/** The address a queue is bound to, from the design's graph. */
export function boundAddress(graph: GraphIndex<ResolvedNode>, queueId: string): ResolvedArtemisAddress | undefined {
  const bind = (graph.incoming.get(queueId) ?? []).find((c) => c.kind === 'bind' && graph.nodeById.get(c.from)?.kind === 'artemis-address');
  return bind ? (graph.nodeById.get(bind.from) as ResolvedArtemisAddress) : undefined;
}

/** The address's dead-letter address, if it has one. */
export function deadLetterAddressOf(design: GraphDesign, addressId: string) {
  const graph = indexGraph(design);
  const connection = (graph.outgoing.get(addressId) ?? []).find((c) => c.kind === 'dead-letter' && graph.nodeById.get(c.to)?.kind === 'artemis-address');
  return connection ? graph.nodeById.get(connection.to) : undefined;
}

/** An address that receives failed messages: another address's dead-letter address, or one whose queues all hold dead letters. */
export function isDeadLetterAddress(design: ResolvedDesign, address: ResolvedArtemisAddress): boolean {
  const graph = indexGraph(design);
  if ((graph.incoming.get(address.id) ?? []).some((c) => c.kind === 'dead-letter')) return true;
  const queues = queuesOf(design, address.id);
  return queues.length > 0 && queues.every((q) => q.role === 'dead-letter');
}

/** The queues of an address that consumers read. */
export function consumedQueues(design: ResolvedDesign, addressId: string): ArtemisQueue[] {
  return queuesOf(design, addressId).filter((q) => consumersOf(design, q.id).length > 0);
}

/**
 * Adds a connection as it is, without `connect`'s recommended settings: `connect` gives both ends the
 * settings a newly drawn node starts with, and a fix must change only what it says it changes.
 */
function link(design: Design, from: string, to: string, kind: ConnectionKind): Design {
  const id = uniqueId(`${from}--${to}`.slice(0, 190), indexGraph(design).connectionById);
  return { ...design, connections: [...design.connections, { id, kind, from, to }] };
}

/** `<name>` unless a node already has that name, else `<name>-2`, `<name>-3`, … */
function freeName(design: Design, name: string): string {
  const names = new Set(design.nodes.map((n) => n.name));
  return uniqueId(name, { has: (candidate: string) => names.has(candidate) });
}

/** Adds an anycast queue bound to `addressId` that holds dead letters (with a depth alert), placed below it. */
export function addDeadLetterQueue(design: Design, address: { id: string; name: string; cluster?: string }, name: string): Design {
  const graph = indexGraph(design);
  const queueName = freeName(design, name);
  const id = uniqueId(slugify(queueName), graph.nodeById);
  const cluster = address.cluster !== undefined && graph.clusterById.has(address.cluster) ? { cluster: address.cluster } : {};
  const queue = nodeSchema.parse({ kind: 'artemis-queue', id, name: queueName, ...cluster, role: 'dead-letter', depthAlert: true });
  const position = design.layout?.[address.id];
  const layout = position ? { ...design.layout, [id]: { x: position.x, y: position.y + 140 } } : design.layout;
  return link({ ...design, nodes: [...design.nodes, queue], layout }, address.id, id, 'bind');
}

/** The pipeline's dead-letter address on the address's broker, to share instead of adding one. */
export function sharedDeadLetterAddress<D extends GraphDesign>(design: D, address: { id: string; cluster?: string }) {
  return deadLetterToReuse(design, { kind: 'artemis-address', near: address.id, cluster: address.cluster, fits: (dla) => dla.id !== address.id });
}

/**
 * Gives `addressId` a dead-letter address: the pipeline's own where it has one, else a new anycast
 * address `<name>.DLA` with a dead-letter queue `<name>.DLQ`, the names Artemis's examples use.
 */
export function addDeadLetterAddress(design: Design, addressId: string): Design {
  const graph = indexGraph(design);
  const address = graph.nodeById.get(addressId);
  if (address?.kind !== 'artemis-address') return design;
  const shared = sharedDeadLetterAddress(design, address);
  if (shared) return link(design, address.id, shared.id, 'dead-letter');
  const name = freeName(design, `${address.name}.DLA`);
  const id = uniqueId(slugify(name), graph.nodeById);
  const cluster = address.cluster !== undefined && graph.clusterById.has(address.cluster) ? { cluster: address.cluster } : {};
  const dla = nodeSchema.parse({ kind: 'artemis-address', id, name, ...cluster });
  const position = design.layout?.[address.id];
  const layout = position ? { ...design.layout, [id]: { x: position.x, y: position.y + 140 } } : design.layout;
  const withQueue = addDeadLetterQueue({ ...design, nodes: [...design.nodes, dla], layout }, { id, name, cluster: address.cluster }, `${address.name}.DLQ`);
  return link(withQueue, address.id, id, 'dead-letter');
}
