import { CLUSTER_NAMES, clusterSchema, type Broker, type Cluster } from './cluster';
import { withRecommended } from './recommended';
import type { Connection, ConnectionKind } from './connection';
import { checkConnection } from './connection-rules';
import type { Design, Position } from './design';
import { deepEqual } from './deep-equal';
import { indexGraph } from './graph';
import { slugify, uniqueId } from './ids';
import { kindDefinition, nodeSchema, type DesignNode, type NodeKind } from './kinds';

/**
 * Pure design operations. Each takes a design and returns a new one (or the
 * same object when nothing changed), so undo is keeping the old object and
 * React can compare by identity.
 */

/**
 * Settings of a cluster the studio creates for you. Kafka's broker default
 * creates any topic a client names; a designed cluster declares its topics.
 */
const NEW_CLUSTER_CONFIG: Partial<Record<Broker, Record<string, string | number | boolean>>> = {
  kafka: { 'auto.create.topics.enable': false },
};

/** The cluster `addNode` creates when no cluster can host a new node. */
function autoCluster(broker: Broker, id: string): Cluster {
  return clusterSchema.parse({ id, name: CLUSTER_NAMES[broker], broker, config: NEW_CLUSTER_CONFIG[broker] });
}

/**
 * Whether `cluster` is one `addNode` created and nobody changed: removing its
 * last node removes it too, so deleting everything leaves a blank design (and
 * no `kafka: localhost:9092` server in the next RabbitMQ design's AsyncAPI).
 */
function isUntouchedAutoCluster(cluster: Cluster): boolean {
  return deepEqual(cluster, autoCluster(cluster.broker, cluster.id));
}

export interface AddNodeOptions {
  name?: string;
  position?: Position;
  /** Initial properties (validated with the kind's schema). */
  props?: Record<string, unknown>;
}

/** Adds a node of `kind` with its defaults; it joins the first cluster that can host it, created if needed. */
export function addNode(design: Design, kind: NodeKind, options: AddNodeOptions = {}): { design: Design; id: string } {
  const definition = kindDefinition(kind);
  if (!definition) throw new Error(`Unknown node kind "${kind}"`);
  const graph = indexGraph(design);
  const name = options.name ?? defaultName(design, kind);
  const id = uniqueId(slugify(name), graph.nodeById);
  let clusters = design.clusters;
  let cluster = typeof options.props?.cluster === 'string' && graph.clusterById.has(options.props.cluster) ? options.props.cluster : undefined;
  if (!cluster && definition.clusterBrokers.length > 0) {
    const existing = design.clusters.find((c) => definition.clusterBrokers.includes(c.broker));
    if (existing) cluster = existing.id;
    else {
      const broker = definition.clusterBrokers[0];
      cluster = uniqueId(broker, graph.clusterById);
      clusters = [...clusters, autoCluster(broker, cluster)];
    }
  }
  const node = nodeSchema.parse({ ...withRecommended(kind, options.props), kind, id, name, ...(cluster ? { cluster } : {}) });
  const layout = options.position ? { ...design.layout, [id]: options.position } : design.layout;
  return { design: { ...design, clusters, nodes: [...design.nodes, node], layout }, id };
}

/**
 * A new node is named after its kind (`kafka-topic`, `kafka-topic-2`): a name
 * every broker accepts as is, unlike a label with spaces, so a fresh design
 * exports and reviews cleanly until the user names things.
 */
function defaultName(design: Design, kind: NodeKind): string {
  return uniqueId(kind, new Set(design.nodes.map((n) => n.name)));
}

export type ConnectResult = { ok: true; design: Design; id: string } | { ok: false; reason: string };

/** Connects two nodes with the kind the pair allows (or `kind`), refusing what makes no sense. */
export function connect(design: Design, from: string, to: string, kind?: ConnectionKind, props: Partial<Connection> = {}): ConnectResult {
  const check = checkConnection(design, from, to, kind);
  if (!check.ok) return check;
  const id = uniqueId(`${from}--${to}`.slice(0, 190), indexGraph(design).connectionById);
  const connection: Connection = { ...props, id, kind: check.kind, from, to };
  // A service connected to a broker's channel starts from the settings an expert would choose for that broker.
  const graph = indexGraph(design);
  const ends = [graph.nodeById.get(from), graph.nodeById.get(to)];
  const nodes = design.nodes.map((node) => {
    const other = ends.find((end) => end && end.id !== node.id);
    const broker = other ? kindDefinition(other.kind)?.broker : undefined;
    if (!ends.includes(node) || !broker) return node;
    const recommended = withRecommended(node.kind, node, [broker]);
    return JSON.stringify(recommended) === JSON.stringify(node) ? node : nodeSchema.parse(recommended);
  });
  return { ok: true, design: { ...design, nodes, connections: [...design.connections, connection] }, id };
}

/** Replaces fields of a node. The caller validates user input; this keeps id and kind. */
export function updateNode(design: Design, id: string, patch: Partial<DesignNode>): Design {
  let changed = false;
  const nodes = design.nodes.map((node) => {
    if (node.id !== id) return node;
    changed = true;
    return { ...node, ...patch, id: node.id, kind: node.kind } as DesignNode;
  });
  return changed ? { ...design, nodes } : design;
}

/** A patch for `patchNode`: nested settings objects are patched field by field; `undefined` removes a field. */
export type NodePatch = { [key: string]: unknown };

/**
 * Sets fields of a node as the user would in the inspector: a nested settings
 * object (`kafka`, `config`, `arguments`, …) is patched key by key, so what the
 * design leaves unset stays unset, and a field patched to `undefined` goes.
 * Fixes use this: a fix makes explicit only what it sets.
 */
export function patchNode(design: Design, id: string, patch: NodePatch): Design {
  let changed = false;
  const nodes = design.nodes.map((node) => {
    if (node.id !== id) return node;
    changed = true;
    const next: Record<string, unknown> = { ...node };
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'id' || key === 'kind') continue;
      const current = next[key];
      if (isPlainObject(value) && isPlainObject(current)) next[key] = mergeDefined(current, value);
      else if (value === undefined) delete next[key];
      else next[key] = value;
    }
    return next as DesignNode;
  });
  return changed ? { ...design, nodes } : design;
}

function mergeDefined(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function updateConnection(design: Design, id: string, patch: Partial<Connection>): Design {
  let changed = false;
  const connections = design.connections.map((c) => {
    if (c.id !== id) return c;
    changed = true;
    return { ...c, ...patch, id: c.id, from: c.from, to: c.to };
  });
  return changed ? { ...design, connections } : design;
}

/** Removes nodes and connections; connections touching a removed node go too, and so does a cluster the studio created for them and nothing uses any more. */
export function removeElements(design: Design, ids: { nodes?: Iterable<string>; connections?: Iterable<string> }): Design {
  const nodeIds = new Set(ids.nodes ?? []);
  const connectionIds = new Set(ids.connections ?? []);
  if (nodeIds.size === 0 && connectionIds.size === 0) return design;
  const nodes = design.nodes.filter((n) => !nodeIds.has(n.id));
  const connections = design.connections.filter((c) => !connectionIds.has(c.id) && !nodeIds.has(c.from) && !nodeIds.has(c.to));
  let layout = design.layout;
  if (layout && nodeIds.size > 0) layout = Object.fromEntries(Object.entries(layout).filter(([id]) => !nodeIds.has(id)));
  if (nodes.length === design.nodes.length && connections.length === design.connections.length) return design;
  const used = new Set(nodes.map((n) => n.cluster));
  const emptied = new Set(design.nodes.filter((n) => nodeIds.has(n.id) && n.cluster !== undefined && !used.has(n.cluster)).map((n) => n.cluster));
  const clusters = emptied.size === 0 ? design.clusters : design.clusters.filter((c) => !emptied.has(c.id) || !isUntouchedAutoCluster(c));
  return { ...design, clusters, nodes, connections, layout };
}

/** Sets node positions (a drag's end, an auto-layout). */
export function moveNodes(design: Design, positions: Record<string, Position>): Design {
  const entries = Object.entries(positions);
  if (entries.length === 0) return design;
  const layout = { ...design.layout };
  for (const [id, position] of entries) layout[id] = { x: Math.round(position.x), y: Math.round(position.y) };
  return { ...design, layout };
}

/** A self-contained piece of a design, as copied to the clipboard. */
export interface Fragment {
  nodes: DesignNode[];
  connections: Connection[];
  layout: Record<string, Position>;
  /** The clusters its nodes use, when it comes from elsewhere (another tab, a file). */
  clusters?: Cluster[];
}

/** The nodes `ids` and the connections among them. */
export function extractFragment(design: Design, ids: Iterable<string>): Fragment {
  const set = new Set(ids);
  const nodes = design.nodes.filter((n) => set.has(n.id));
  const connections = design.connections.filter((c) => set.has(c.from) && set.has(c.to));
  const layout = Object.fromEntries(nodes.flatMap((n) => (design.layout?.[n.id] ? [[n.id, design.layout[n.id]]] : [])));
  return { nodes, connections, layout };
}

/** `name`, or `name-copy`, `name-copy-2`, … when it is taken: a paste never makes two resources of one name. */
function copyOf(name: string, taken: ReadonlySet<string>): string {
  return taken.has(name) ? uniqueId(`${name.replace(/-copy(-\d+)?$/, '')}-copy`, taken) : name;
}

/**
 * Inserts a fragment shifted by `offset`; returns the new node ids. Names and
 * ids that the design already has get `-copy` (`orders` → `orders-copy`), so
 * pasting never makes two topics of one name. A node's cluster is kept when
 * the design has it; a cluster the fragment brings joins as the design's
 * cluster of the same broker, or is added.
 */
export function insertFragment(design: Design, fragment: Fragment, offset: Position = { x: 40, y: 40 }): { design: Design; ids: string[] } {
  const taken = new Set(indexGraph(design).nodeById.keys());
  const names = new Set(design.nodes.map((n) => n.name));
  let clusters = design.clusters;
  const clusterMap = new Map<string, string>();
  for (const cluster of fragment.clusters ?? []) {
    if (clusters.some((c) => c.id === cluster.id && c.broker === cluster.broker)) clusterMap.set(cluster.id, cluster.id);
    else {
      const same = clusters.find((c) => c.broker === cluster.broker);
      if (same) clusterMap.set(cluster.id, same.id);
      else {
        const id = uniqueId(cluster.id, new Set(clusters.map((c) => c.id)));
        clusters = [...clusters, { ...structuredClone(cluster), id }];
        clusterMap.set(cluster.id, id);
      }
    }
  }
  const clusterIds = new Set(clusters.map((c) => c.id));
  const idMap = new Map<string, string>();
  const nodes: DesignNode[] = [];
  const layout = { ...design.layout };
  for (const node of fragment.nodes) {
    const id = copyOf(node.id, taken);
    taken.add(id);
    idMap.set(node.id, id);
    const name = copyOf(node.name, names);
    names.add(name);
    const mapped = node.cluster === undefined ? undefined : (clusterMap.get(node.cluster) ?? node.cluster);
    const cluster = mapped !== undefined && clusterIds.has(mapped) ? mapped : undefined;
    const copy = { ...structuredClone(node), id, name, cluster } as DesignNode;
    if (cluster === undefined) delete copy.cluster;
    nodes.push(copy);
    const position = fragment.layout[node.id];
    if (position) layout[id] = { x: position.x + offset.x, y: position.y + offset.y };
  }
  const connectionIds = new Set(indexGraph(design).connectionById.keys());
  const connections = fragment.connections.flatMap((c) => {
    const from = idMap.get(c.from);
    const to = idMap.get(c.to);
    if (!from || !to) return [];
    const id = uniqueId(`${from}--${to}`.slice(0, 190), connectionIds);
    connectionIds.add(id);
    return [{ ...structuredClone(c), id, from, to }];
  });
  return {
    design: { ...design, clusters, nodes: [...design.nodes, ...nodes], connections: [...design.connections, ...connections], layout },
    ids: nodes.map((n) => n.id),
  };
}

export function duplicate(design: Design, ids: Iterable<string>, offset?: Position): { design: Design; ids: string[] } {
  return insertFragment(design, extractFragment(design, ids), offset);
}

/** Updates design-level fields (name, notes, requirements, review, clusters). */
export function updateDesign(design: Design, patch: Partial<Omit<Design, 'nodes' | 'connections' | 'queuewright'>>): Design {
  return { ...design, ...patch };
}
