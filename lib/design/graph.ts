import type { Cluster } from './cluster';
import type { Connection } from './connection';
import type { Design } from './design';
import type { DesignNode, NodeKind } from './kinds';
import type { Requirements } from './requirements';

/** What graph lookups need of a design: the document itself, or the same design with its settings resolved. */
export interface GraphDesign {
  nodes: ReadonlyArray<DesignNode>;
  clusters: ReadonlyArray<Cluster>;
  connections: ReadonlyArray<Connection>;
}
type NodeOf<D extends GraphDesign> = D['nodes'][number];

/** Lookups over a design, built once per design object (designs are immutable). */
export interface GraphIndex<N extends DesignNode = DesignNode> {
  nodeById: Map<string, N>;
  clusterById: Map<string, Cluster>;
  connectionById: Map<string, Connection>;
  outgoing: Map<string, Connection[]>;
  incoming: Map<string, Connection[]>;
  byKind: Map<NodeKind, N[]>;
}

const cache = new WeakMap<GraphDesign, GraphIndex>();

type ConnectionLookups = Pick<GraphIndex, 'connectionById' | 'outgoing' | 'incoming'>;
/**
 * The connection lookups hold connections only, so they belong to the
 * connections array: an edit of a node keeps that array (designs are
 * immutable), and the next design's index reuses them. Nobody may change them.
 */
const byConnections = new WeakMap<ReadonlyArray<Connection>, ConnectionLookups>();
const byClusters = new WeakMap<ReadonlyArray<Cluster>, Map<string, Cluster>>();

/** The last design indexed or asked about: rules ask of the same design thousands of times in a row, and a WeakMap lookup costs more than a comparison. */
let lastAsked: { design: GraphDesign; index: GraphIndex } | undefined;

export function indexGraph<D extends GraphDesign>(design: D): GraphIndex<NodeOf<D>> {
  if (lastAsked?.design === design) return lastAsked.index as GraphIndex<NodeOf<D>>;
  const cached = cache.get(design);
  if (cached) {
    lastAsked = { design, index: cached };
    return cached as GraphIndex<NodeOf<D>>;
  }
  let clusterById = byClusters.get(design.clusters);
  if (!clusterById) byClusters.set(design.clusters, (clusterById = new Map(design.clusters.map((c) => [c.id, c]))));
  const index: GraphIndex<NodeOf<D>> = { nodeById: new Map(), clusterById, byKind: new Map(), ...connectionLookups(design.connections) };
  for (const node of design.nodes) {
    index.nodeById.set(node.id, node);
    const list = index.byKind.get(node.kind);
    if (list) list.push(node);
    else index.byKind.set(node.kind, [node]);
  }
  cache.set(design, index as GraphIndex);
  lastAsked = { design, index: index as GraphIndex };
  return index;
}

function connectionLookups(connections: ReadonlyArray<Connection>): ConnectionLookups {
  let lookups = byConnections.get(connections);
  if (lookups) return lookups;
  lookups = { connectionById: new Map(), outgoing: new Map(), incoming: new Map() };
  for (const connection of connections) {
    lookups.connectionById.set(connection.id, connection);
    push(lookups.outgoing, connection.from, connection);
    push(lookups.incoming, connection.to, connection);
  }
  byConnections.set(connections, lookups);
  return lookups;
}

function push(map: Map<string, Connection[]>, key: string, value: Connection) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function nodesOfKind<D extends GraphDesign, K extends NodeKind>(design: D, kind: K): Extract<NodeOf<D>, { kind: K }>[] {
  return (indexGraph(design).byKind.get(kind) ?? []) as Extract<NodeOf<D>, { kind: K }>[];
}

export function outgoing(design: GraphDesign, nodeId: string, kind?: Connection['kind']): Connection[] {
  const list = indexGraph(design).outgoing.get(nodeId) ?? [];
  return kind ? list.filter((c) => c.kind === kind) : list;
}

export function incoming(design: GraphDesign, nodeId: string, kind?: Connection['kind']): Connection[] {
  const list = indexGraph(design).incoming.get(nodeId) ?? [];
  return kind ? list.filter((c) => c.kind === kind) : list;
}

export function nodeById<D extends GraphDesign>(design: D, id: string): NodeOf<D> | undefined {
  return indexGraph(design).nodeById.get(id);
}

export function clusterOf(design: GraphDesign, node: { cluster?: string }): Cluster | undefined {
  return node.cluster === undefined ? undefined : indexGraph(design).clusterById.get(node.cluster);
}

/** The requirements a producer's flows must meet: the design's, with the producer's overrides. */
export function effectiveRequirements(design: Design, producer?: DesignNode): Requirements {
  if (!producer || producer.kind !== 'producer') return design.requirements;
  const cached = requirementsCache.get(producer);
  if (cached?.base === design.requirements) return cached.result;
  // Both sides were validated when the design was read, so a merge is enough (and rules ask this often).
  let result = design.requirements;
  for (const [key, value] of Object.entries(producer.requirements)) {
    if (value !== undefined) result = { ...result, [key]: value };
  }
  requirementsCache.set(producer, { base: design.requirements, result });
  return result;
}

const requirementsCache = new WeakMap<DesignNode, { base: Requirements; result: Requirements }>();
