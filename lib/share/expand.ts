import { brokerSchema, CLUSTER_NAMES, kindDefinition, slugify, type Position } from '../design';
import { withV1LinkDefaults } from './v1-link-defaults';
import { defaultClusterId } from './compact';
import { defaultConnectionId, defaultConnectionKind } from './connection-default';
import { isPlainObject } from '../design/deep-equal';
import { KIND_CODES } from './kind-codes';
import { decodeLayout } from './layout-codec';
import { UniqueIds } from './unique-ids';

/**
 * The inverse of `compactDesign`: turns the compact form back into a design
 * document (defaults still omitted; `designFromData` fills them in and
 * validates). The input is untrusted: every shape is checked, nothing
 * throws, and a mismatch is reported as text.
 */
export type ExpandResult = { ok: true; data: Record<string, unknown> } | { ok: false; message: string };

/** The design schema's own limits, checked before any work is done. */
const MAX_NODES = 10_000;
const MAX_CONNECTIONS = 50_000;
const MAX_CLUSTERS = 1000;

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });
/** One part of the design (its clusters, nodes, connections or layout), or why the link's part is malformed. */
type Expanded<T> = { ok: true; value: T } | { ok: false; message: string };
type Entry = Record<string, unknown>;

/** `linkVersion` 1 links left out the version-1 format's defaults; they are put back (v1-link-defaults.ts). */
export function expandDesign(compact: unknown, linkVersion: 1 | 2): ExpandResult {
  if (!isPlainObject(compact)) return fail('the link does not hold a design');
  const doc: Record<string, unknown> = { queuewright: linkVersion };
  if (compact.n !== undefined) doc.name = compact.n;
  if (compact.o !== undefined) doc.notes = compact.o;
  if (compact.q !== undefined) doc.requirements = compact.q;
  if (compact.r !== undefined) doc.review = compact.r;
  if (compact.s !== undefined) doc.simulation = compact.s;

  const clusters = expandClusters(compact.c);
  if (!clusters.ok) return clusters;
  doc.clusters = clusters.value;
  const nodes = expandNodes(compact.N, clusters.value, linkVersion);
  if (!nodes.ok) return nodes;
  doc.nodes = nodes.value;
  const connections = expandConnections(compact.E, nodes.value);
  if (!connections.ok) return connections;
  doc.connections = connections.value;
  if (compact.L !== undefined) {
    const layout = expandLayout(compact.L, nodes.value);
    if (!layout.ok) return layout;
    doc.layout = layout.value;
  }
  return { ok: true, data: doc };
}

/** The clusters: `[broker, id | null, name | null, fields?]`, a null id or name being the broker's default. */
function expandClusters(list: unknown): Expanded<Entry[]> {
  const clusters: Entry[] = [];
  if (list === undefined) return { ok: true, value: clusters };
  if (!Array.isArray(list)) return fail('clusters are not a list');
  if (list.length > MAX_CLUSTERS) return fail(`more than ${MAX_CLUSTERS} clusters`);
  for (const entry of list) {
    if (!Array.isArray(entry) || entry.length < 3 || entry.length > 4) return fail('a cluster entry is malformed');
    const [broker, id, name, fields] = entry;
    const parsedBroker = brokerSchema.safeParse(broker);
    if (!parsedBroker.success) return fail('a cluster has an unknown broker');
    if ((id !== null && typeof id !== 'string') || (name !== null && typeof name !== 'string')) return fail('a cluster entry is malformed');
    if (fields !== undefined && !isPlainObject(fields)) return fail('a cluster entry is malformed');
    clusters.push({ ...fields, broker, id: id ?? broker, name: name ?? CLUSTER_NAMES[parsedBroker.data] });
  }
  return { ok: true, value: clusters };
}

/** The nodes: `[kind code | kind, name, fields?]`, the id from the name and the cluster the kind's default unless given. */
function expandNodes(list: unknown, clusters: readonly Entry[], linkVersion: 1 | 2): Expanded<Entry[]> {
  const nodes: Entry[] = [];
  if (list === undefined) return { ok: true, value: nodes };
  if (!Array.isArray(list)) return fail('nodes are not a list');
  if (list.length > MAX_NODES) return fail(`more than ${MAX_NODES} nodes`);
  const clusterList = clusters.map((c) => ({ id: String(c.id), broker: String(c.broker) }));
  const taken = new UniqueIds();
  for (const entry of list) {
    if (!Array.isArray(entry) || entry.length < 2 || entry.length > 3) return fail('a node entry is malformed');
    const [code, name, fields = {}] = entry;
    const kind = typeof code === 'number' ? KIND_CODES[code] : code;
    if (typeof kind !== 'string' || typeof name !== 'string' || !isPlainObject(fields)) return fail('a node entry is malformed');
    const definition = kindDefinition(kind);
    const node: Record<string, unknown> = { ...fields, kind, name };
    if (fields.id === undefined) node.id = taken.candidate(slugify(name));
    if (fields.cluster === null) delete node.cluster;
    else if (fields.cluster === undefined) {
      const cluster = definition ? defaultClusterId({ clusters: clusterList }, definition.clusterBrokers) : undefined;
      if (cluster !== undefined) node.cluster = cluster;
    }
    if (typeof node.id !== 'string') return fail('a node id is malformed');
    taken.add(node.id);
    nodes.push(linkVersion === 1 ? withV1LinkDefaults(node) : node);
  }
  return { ok: true, value: nodes };
}

/** The connections: `[from, to, fields?]` by node id or by index relative to the previous one, the kind and id defaulted. */
function expandConnections(list: unknown, nodes: Entry[]): Expanded<Entry[]> {
  const connections: Entry[] = [];
  if (list === undefined) return { ok: true, value: connections };
  if (!Array.isArray(list)) return fail('connections are not a list');
  if (list.length > MAX_CONNECTIONS) return fail(`more than ${MAX_CONNECTIONS} connections`);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const connectionIds = new UniqueIds();
  let previousFrom = 0;
  for (const entry of list) {
    if (!Array.isArray(entry) || entry.length < 2 || entry.length > 3) return fail('a connection entry is malformed');
    const [fromRef, toRef, fields = {}] = entry;
    const from = nodeRef(typeof fromRef === 'number' ? previousFrom + fromRef : fromRef, nodes, byId);
    const fromIndex = typeof fromRef === 'number' ? previousFrom + fromRef : 0;
    const to = nodeRef(typeof toRef === 'number' ? fromIndex + toRef : toRef, nodes, byId);
    if (typeof fromRef === 'number') previousFrom = fromIndex;
    if (!from || !to || !isPlainObject(fields)) return fail('a connection entry is malformed');
    const connection: Record<string, unknown> = { ...fields, from: from.id, to: to.id };
    if (fields.kind === undefined) {
      const kind = from.node && to.node ? defaultConnectionKind(String(from.node.kind), String(to.node.kind), to.node.role) : undefined;
      if (!kind) return fail(`no connection kind for ${from.id} → ${to.id}`);
      connection.kind = kind;
    }
    if (fields.id === undefined) connection.id = connectionIds.candidate(defaultConnectionId(from.id, to.id));
    if (typeof connection.id !== 'string') return fail('a connection id is malformed');
    connectionIds.add(connection.id);
    connections.push(connection);
  }
  return { ok: true, value: connections };
}

/** The layout: the nodes' positions, in node order. */
function expandLayout(encoded: unknown, nodes: readonly Entry[]): Expanded<Record<string, Position>> {
  const positions = decodeLayout(encoded, nodes.length);
  if (!positions) return fail('the layout does not match the nodes');
  const layout: Record<string, Position> = {};
  positions.forEach((p, i) => {
    if (p) Object.defineProperty(layout, String(nodes[i].id), { value: p, enumerable: true, writable: true, configurable: true });
  });
  return { ok: true, value: layout };
}

function nodeRef(ref: unknown, nodes: Array<Record<string, unknown>>, byId: Map<unknown, Record<string, unknown>>): { id: string; node?: Record<string, unknown> } | undefined {
  if (typeof ref === 'number') {
    const node = Number.isInteger(ref) ? nodes[ref] : undefined;
    return node && typeof node.id === 'string' ? { id: node.id, node } : undefined;
  }
  if (typeof ref === 'string') return { id: ref, node: byId.get(ref) };
  return undefined;
}
