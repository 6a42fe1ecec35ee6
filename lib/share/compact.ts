import { CLUSTER_NAMES, kindDefinition, slugify, type Broker, type Design, type Position } from '../design';
import { defaultConnectionId, defaultConnectionKind } from './connection-default';
import { clusterBrokerDefaults, nodeKindDefaults, stripDefaults } from '../design/defaults';
import { designFieldsWithoutDefaults } from '../design/minimal-design';
import { KIND_CODES } from './kind-codes';
import { encodeLayout } from './layout-codec';
import { UniqueIds } from './unique-ids';

/**
 * The compact form of a design that a share link carries (format v1): the
 * design with every default left out, nodes as `[kind code, name, fields]`,
 * connections as `[from index, to index, fields]`, ids left out where they
 * are the ones the studio would give, and positions on their grid.
 * `expandDesign` turns it back into a design document.
 */
export interface CompactDesign {
  /** Design name, when not the default. */
  n?: string;
  /** Notes. */
  o?: string;
  /** Requirements that differ from the defaults. */
  q?: Record<string, unknown>;
  /** Review settings that differ from the defaults. */
  r?: Record<string, unknown>;
  /** The simulation run kept with the design (scenario, seed, duration). */
  s?: Record<string, unknown>;
  /** Clusters: `[broker, id, name, fields]`; id and name may be null when they are the default ones. */
  c?: Array<[Broker, string | null, string | null, Record<string, unknown>?]>;
  /** Nodes: `[kind code or kind, name, fields]`; `fields.id` only when it is not derived from the name, `fields.cluster` (null = none) only when not the default one. */
  N?: Array<[number | string, string, Record<string, unknown>?]>;
  /**
   * Connections: `[from, to, fields]`. `from` is the node index minus the
   * previous connection's, `to` the node index minus `from`'s; a node id
   * (a string) stands for a node that is not in the design. `fields.kind` /
   * `fields.id` only when not the default ones.
   */
  E?: Array<[number | string, number | string, Record<string, unknown>?]>;
  /** Positions, see layout-codec.ts. */
  L?: unknown[];
}

/** The cluster a new node of this kind joins: the first one whose broker can host it (as `addNode` does). */
export function defaultClusterId(design: { clusters: ReadonlyArray<{ id: string; broker: string }> }, clusterBrokers: readonly string[]): string | undefined {
  return design.clusters.find((c) => clusterBrokers.includes(c.broker))?.id;
}

const NODE_KEEP = new Set(['kind', 'id', 'name', 'cluster']);
const CLUSTER_KEEP = new Set(['id', 'name', 'broker']);
const CONNECTION_KEEP = new Set(['id', 'kind', 'from', 'to']);

/** Shrinks a design to what its share link must carry. */
export function compactDesign(design: Design): CompactDesign {
  const out: CompactDesign = {};
  const own = designFieldsWithoutDefaults(design);
  if (own.name !== undefined) out.n = own.name;
  if (own.notes !== undefined) out.o = own.notes;
  if (own.requirements) out.q = own.requirements;
  if (own.review) out.r = own.review;
  if (own.simulation) out.s = own.simulation;

  if (design.clusters.length > 0) {
    out.c = design.clusters.map((cluster) => {
      const fields = stripDefaults(cluster, clusterBrokerDefaults(cluster.broker), CLUSTER_KEEP);
      const entry: [Broker, string | null, string | null, Record<string, unknown>?] = [
        cluster.broker,
        cluster.id === cluster.broker ? null : cluster.id,
        cluster.name === CLUSTER_NAMES[cluster.broker] ? null : cluster.name,
      ];
      if (Object.keys(fields).length > 0) entry.push(fields);
      return entry;
    });
  }

  const index = new Map<string, number>();
  const taken = new UniqueIds();
  if (design.nodes.length > 0) {
    out.N = design.nodes.map((node, i) => {
      index.set(node.id, i);
      const entry: [number | string, string, Record<string, unknown>?] = [codeOf(node.kind), node.name];
      const fields = stripDefaults(node, nodeKindDefaults(node.kind), NODE_KEEP);
      const extra: Record<string, unknown> = {};
      if (taken.candidate(slugify(node.name)) !== node.id) extra.id = node.id;
      taken.add(node.id);
      const clusterDefault = defaultClusterId(design, kindDefinition(node.kind)?.clusterBrokers ?? []);
      if (node.cluster !== clusterDefault) extra.cluster = node.cluster ?? null;
      const all = { ...extra, ...fields };
      if (Object.keys(all).length > 0) entry.push(all);
      return entry;
    });
  }

  if (design.connections.length > 0) {
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    const connectionIds = new UniqueIds();
    let previousFrom = 0;
    out.E = design.connections.map((connection) => {
      const from = byId.get(connection.from);
      const to = byId.get(connection.to);
      // Connections mostly run from one node to one a few places later, listed in node order: deltas are small numbers.
      const fromIndex = index.get(connection.from);
      const toIndex = index.get(connection.to);
      const entry: [number | string, number | string, Record<string, unknown>?] = [
        fromIndex === undefined ? connection.from : fromIndex - previousFrom,
        toIndex === undefined ? connection.to : toIndex - (fromIndex ?? 0),
      ];
      if (fromIndex !== undefined) previousFrom = fromIndex;
      const fields = stripDefaults(connection, undefined, CONNECTION_KEEP);
      const extra: Record<string, unknown> = {};
      const kind = from && to ? defaultConnectionKind(from.kind, to.kind, 'role' in to ? to.role : undefined) : undefined;
      if (connection.kind !== kind) extra.kind = connection.kind;
      if (connectionIds.candidate(defaultConnectionId(connection.from, connection.to)) !== connection.id) extra.id = connection.id;
      connectionIds.add(connection.id);
      const all = { ...extra, ...fields };
      if (Object.keys(all).length > 0) entry.push(all);
      return entry;
    });
  }

  if (design.layout) {
    const layout = design.layout;
    const positions: Array<Position | undefined> = design.nodes.map((n) => (Object.hasOwn(layout, n.id) ? layout[n.id] : undefined));
    if (positions.some((p) => p !== undefined)) out.L = encodeLayout(positions);
  }
  return out;
}

function codeOf(kind: string): number | string {
  const code = KIND_CODES.indexOf(kind);
  return code >= 0 ? code : kind;
}
