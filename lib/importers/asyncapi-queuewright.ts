import { designFromData, type Design } from '../design';
import { asyncapiDocument } from '../exporters/asyncapi';
import { isRecord } from './builder';

/**
 * Queuewright's own AsyncAPI documents carry what AsyncAPI cannot hold in
 * `x-queuewright-*` extensions (see EXTENSIONS_ABOUT in the exporter): the
 * whole node on each channel, the cluster on each server, the service and the
 * connection on each operation, and the rest of the design at the root. From
 * those the design is put together again; it is the document's design only
 * when the exporter, given it, writes this very document (so a document
 * edited after the export is read from its AsyncAPI fields instead).
 */

type Rec = Record<string, unknown>;

/** The design the document's extensions describe, or undefined when it has none (or they do not make a valid design). */
export function embeddedDesign(doc: Rec): Design | undefined {
  const ext = doc['x-queuewright'];
  if (!isRecord(ext) || ext.version !== 1) return undefined;
  const clusters = new Map<string, unknown>();
  for (const server of Object.values(isRecord(doc.servers) ? doc.servers : {})) {
    const cluster = isRecord(server) ? server['x-queuewright-cluster'] : undefined;
    if (isRecord(cluster) && typeof cluster.id === 'string' && !clusters.has(cluster.id)) clusters.set(cluster.id, cluster);
  }
  const nodes = new Map<string, unknown>();
  const connections = new Map<string, unknown>();
  const add = (into: Map<string, unknown>, value: unknown) => {
    if (isRecord(value) && typeof value.id === 'string') into.set(value.id, value);
  };
  // Clusters no node lives on have no server; the extension keeps them.
  for (const cluster of Array.isArray(ext.clusters) ? ext.clusters : []) if (isRecord(cluster) && typeof cluster.id === 'string' && !clusters.has(cluster.id)) add(clusters, cluster);
  for (const channel of Object.values(isRecord(doc.channels) ? doc.channels : {})) if (isRecord(channel)) add(nodes, channel['x-queuewright-node']);
  for (const operation of Object.values(isRecord(doc.operations) ? doc.operations : {})) if (isRecord(operation)) add(connections, operation['x-queuewright-connection']);
  for (const node of Array.isArray(ext.nodes) ? ext.nodes : []) add(nodes, node);
  for (const connection of Array.isArray(ext.connections) ? ext.connections : []) add(connections, connection);
  const order = isRecord(ext.order) ? ext.order : {};
  const ordered = (items: Map<string, unknown>, ids: unknown) => (Array.isArray(ids) ? ids : []).flatMap((id) => (typeof id === 'string' && items.has(id) ? [items.get(id)] : []));
  const result = designFromData({
    queuewright: 1,
    name: ext.name,
    ...(ext.notes !== undefined ? { notes: ext.notes } : {}),
    requirements: ext.requirements,
    review: ext.review,
    ...(ext.layout !== undefined ? { layout: ext.layout } : {}),
    clusters: ordered(clusters, order.clusters),
    nodes: ordered(nodes, order.nodes),
    connections: ordered(connections, order.connections),
  });
  const complete = result.ok && result.design.clusters.length === clusters.size && result.design.nodes.length === nodes.size && result.design.connections.length === connections.size;
  return complete ? result.design : undefined;
}

/** Canonical JSON text, keys sorted, for comparing two documents as data. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The design of an unedited Queuewright document: its embedded design, when that design exports as exactly this document. */
export function exactDesign(doc: Rec): Design | undefined {
  const design = embeddedDesign(doc);
  if (!design) return undefined;
  const again = asyncapiDocument(design);
  return again.ok && canonical(again.document) === canonical(doc) ? design : undefined;
}
