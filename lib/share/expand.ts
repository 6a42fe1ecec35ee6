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

const fail = (message: string): ExpandResult => ({ ok: false, message });

/** `linkVersion` 1 links left out the version-1 format's defaults; they are put back (v1-link-defaults.ts). */
export function expandDesign(compact: unknown, linkVersion: 1 | 2): ExpandResult {
  if (!isPlainObject(compact)) return fail('the link does not hold a design');
  const doc: Record<string, unknown> = { queuewright: linkVersion };
  if (compact.n !== undefined) doc.name = compact.n;
  if (compact.o !== undefined) doc.notes = compact.o;
  if (compact.q !== undefined) doc.requirements = compact.q;
  if (compact.r !== undefined) doc.review = compact.r;
  if (compact.s !== undefined) doc.simulation = compact.s;

  const clusters: Array<Record<string, unknown>> = [];
  if (compact.c !== undefined) {
    if (!Array.isArray(compact.c)) return fail('clusters are not a list');
    if (compact.c.length > MAX_CLUSTERS) return fail(`more than ${MAX_CLUSTERS} clusters`);
    for (const entry of compact.c) {
      if (!Array.isArray(entry) || entry.length < 3 || entry.length > 4) return fail('a cluster entry is malformed');
      const [broker, id, name, fields] = entry;
      const parsedBroker = brokerSchema.safeParse(broker);
      if (!parsedBroker.success) return fail('a cluster has an unknown broker');
      if ((id !== null && typeof id !== 'string') || (name !== null && typeof name !== 'string')) return fail('a cluster entry is malformed');
      if (fields !== undefined && !isPlainObject(fields)) return fail('a cluster entry is malformed');
      clusters.push({ ...fields, broker, id: id ?? broker, name: name ?? CLUSTER_NAMES[parsedBroker.data] });
    }
  }
  doc.clusters = clusters;
  const clusterList = clusters.map((c) => ({ id: String(c.id), broker: String(c.broker) }));

  const nodes: Array<Record<string, unknown>> = [];
  const taken = new UniqueIds();
  if (compact.N !== undefined) {
    if (!Array.isArray(compact.N)) return fail('nodes are not a list');
    if (compact.N.length > MAX_NODES) return fail(`more than ${MAX_NODES} nodes`);
    for (const entry of compact.N) {
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
  }
  doc.nodes = nodes;

  const connections: Array<Record<string, unknown>> = [];
  if (compact.E !== undefined) {
    if (!Array.isArray(compact.E)) return fail('connections are not a list');
    if (compact.E.length > MAX_CONNECTIONS) return fail(`more than ${MAX_CONNECTIONS} connections`);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const connectionIds = new UniqueIds();
    let previousFrom = 0;
    for (const entry of compact.E) {
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
  }
  doc.connections = connections;

  if (compact.L !== undefined) {
    const positions = decodeLayout(compact.L, nodes.length);
    if (!positions) return fail('the layout does not match the nodes');
    const layout: Record<string, Position> = {};
    positions.forEach((p, i) => {
      if (p) Object.defineProperty(layout, String(nodes[i].id), { value: p, enumerable: true, writable: true, configurable: true });
    });
    doc.layout = layout;
  }
  return { ok: true, data: doc };
}

function nodeRef(ref: unknown, nodes: Array<Record<string, unknown>>, byId: Map<unknown, Record<string, unknown>>): { id: string; node?: Record<string, unknown> } | undefined {
  if (typeof ref === 'number') {
    const node = Number.isInteger(ref) ? nodes[ref] : undefined;
    return node && typeof node.id === 'string' ? { id: node.id, node } : undefined;
  }
  if (typeof ref === 'string') return { id: ref, node: byId.get(ref) };
  return undefined;
}
