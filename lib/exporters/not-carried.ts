import { clusterSchema, kindDefinition, type ConnectionKind, type Design, type NodeKind } from '../design';
import { requirementsSchema } from '../design/requirements';
import { commentText } from './escape';

/**
 * What a format that can hold a design (one Queuewright imports again) keeps
 * of it, and the list of what it cannot, which the export writes into its
 * files so that nothing is dropped in silence. A fact is a node of a kind,
 * a field a node sets (a value other than its kind's default), a connection,
 * a cluster setting, or a design-wide setting (notes, requirements, review,
 * layout). `lib/exporters/not-carried.test.ts` proves each format's
 * declaration: changing a fact it says it keeps changes the files, changing a
 * fact it lists leaves them as they were (but for the list).
 */

/** A node field kept, or `field.key` for one key of a record field (e.g. `config.default_user`). */
type FieldSpec = string;

export interface Carries {
  /** The format: named in the list's heading. */
  format: string;
  /**
   * Node kinds the format writes, with the fields it keeps (kind, id, name and cluster always go with the node).
   * `linked`: a node of the kind is written only as part of a connection the format keeps (a service is written
   * as the ACLs of its topics): one without such a connection is listed.
   */
  nodes: Partial<Record<NodeKind, { fields: readonly FieldSpec[]; linked?: boolean }>>;
  /** Connection kinds the format writes between nodes it writes, with their fields. */
  connections: readonly ConnectionKind[];
  /** Cluster fields the format keeps (id and broker always go with the cluster's nodes). */
  cluster: readonly FieldSpec[];
  /**
   * Fields the format does not keep but checks or derives from, listed since an import cannot give them back:
   * cluster fields by name (the node count bounds the replicas, the version decides what may be written), node
   * fields as `kind.field` (a producer's instance count makes its transactional id a prefix).
   */
  uses?: readonly FieldSpec[];
  /** Design-wide fields the format keeps. */
  design: readonly ('notes' | 'requirements' | 'review' | 'layout')[];
}

/** The nodes a format writes: of a kind it keeps, and for linked kinds, with a kept connection to a written node. */
export function writtenNodes(design: Design, carries: Carries): Set<string> {
  const plain = new Set(design.nodes.filter((n) => carries.nodes[n.kind] && !carries.nodes[n.kind]!.linked).map((n) => n.id));
  const out = new Set(plain);
  for (const c of design.connections) {
    if (!carries.connections.includes(c.kind)) continue;
    if (plain.has(c.from)) out.add(c.to);
    if (plain.has(c.to)) out.add(c.from);
  }
  return new Set([...out].filter((id) => carries.nodes[design.nodes.find((n) => n.id === id)?.kind as NodeKind]));
}

/** Fields that identify a node or a cluster rather than describe it. */
const IDENTITY = new Set(['kind', 'id', 'name', 'cluster', 'broker']);

type Rec = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The value a node or cluster field has when it is not written: the schema's default, or undefined. */
function defaultOf(parse: (value: Rec) => { success: boolean; data?: unknown }, value: Rec, field: string): { value: unknown } | undefined {
  const { [field]: _set, ...rest } = value;
  const parsed = parse(rest);
  // A required field without a default: there is no "unset", it is always part of what the item is.
  return parsed.success ? { value: (parsed.data as Rec)[field] } : undefined;
}

/** The facts an object (node or cluster) sets outside `kept`: field names, and `field.key` for record keys. */
function setOutside(value: Rec, kept: readonly FieldSpec[], parse: (value: Rec) => { success: boolean; data?: unknown }): string[] {
  const out: string[] = [];
  for (const field of Object.keys(value)) {
    if (IDENTITY.has(field) || kept.includes(field)) continue;
    const fallback = defaultOf(parse, value, field);
    if (fallback !== undefined && same(value[field], fallback.value)) continue;
    const keys = kept.filter((k) => k.startsWith(`${field}.`)).map((k) => k.slice(field.length + 1));
    const inner = value[field];
    if (keys.length > 0 && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      for (const key of Object.keys(inner)) if (!keys.includes(key)) out.push(`${field}.${key}`);
    } else out.push(field);
  }
  return out;
}

const names = (list: readonly string[], max = 5) =>
  `${list
    .slice(0, max)
    .map((n) => JSON.stringify(commentText(n, 60)))
    .join(', ')}${list.length > max ? ` and ${list.length - max} more` : ''}`;

/** What `design` sets that the format cannot carry, one line per kind of fact; empty when it carries everything. */
export function notCarried(design: Design, carries: Carries): string[] {
  const lines: string[] = [];
  const written = writtenNodes(design, carries);
  const byKind = new Map<string, string[]>();
  const fields = new Map<string, Map<string, string[]>>();
  for (const node of design.nodes) {
    const kept = carries.nodes[node.kind];
    if (!written.has(node.id)) {
      const label = kept ? `${node.kind} (no ${carries.connections.join(' or ')} connection to what the file holds)` : node.kind;
      byKind.set(label, [...(byKind.get(label) ?? []), node.name]);
      continue;
    }
    const schema = kindDefinition(node.kind)!.schema;
    for (const field of setOutside(node as Rec, kept!.fields, (v) => schema.safeParse(v))) {
      const perField = fields.get(node.kind) ?? new Map<string, string[]>();
      perField.set(field, [...(perField.get(field) ?? []), node.name]);
      fields.set(node.kind, perField);
    }
  }
  for (const [kind, list] of byKind) lines.push(`${list.length} node${list.length > 1 ? 's' : ''} of kind ${kind}: ${names(list)}`);
  for (const [kind, perField] of fields) {
    for (const [field, list] of perField) lines.push(`${field} of ${kind} ${names(list)}`);
  }
  const connections = new Map<string, number>();
  for (const c of design.connections) {
    if (carries.connections.includes(c.kind) && written.has(c.from) && written.has(c.to)) continue;
    connections.set(c.kind, (connections.get(c.kind) ?? 0) + 1);
  }
  if (connections.size > 0) lines.push(`connections: ${[...connections].map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
  for (const cluster of design.clusters) {
    const outside = setOutside(cluster as Rec, carries.cluster, (v) => clusterSchema.safeParse(v));
    if (outside.length > 0) lines.push(`cluster ${JSON.stringify(commentText(cluster.name, 60))}: ${outside.map((f) => commentText(f, 80)).join(', ')}`);
  }
  const designWide = (['notes', 'requirements', 'review', 'layout'] as const).filter((f) => !carries.design.includes(f) && design[f] !== undefined && !same(design[f], DESIGN_DEFAULTS[f]));
  if (designWide.length > 0) lines.push(`the design's ${designWide.join(', ')}`);
  return lines;
}

/** The design-wide fields as a new design has them. */
const DESIGN_DEFAULTS: Record<'notes' | 'requirements' | 'review' | 'layout', unknown> = {
  notes: undefined,
  requirements: requirementsSchema.parse({}),
  review: { preset: 'recommended', overrides: {} },
  layout: undefined,
};

/** The heading of the list, as every format writes it. */
export function notCarriedHeading(carries: Carries): string {
  return `Not carried by ${carries.format} (the design file keeps it):`;
}

/** The list as comment lines (`# - …`), after its heading; empty when the format carries everything. */
export function notCarriedComment(design: Design, carries: Carries, prefix = '#'): string {
  const lines = notCarried(design, carries);
  if (lines.length === 0) return '';
  return [`${prefix} ${notCarriedHeading(carries)}`, ...lines.map((l) => `${prefix} - ${commentText(l, 400)}`)].map((l) => `${l}\n`).join('');
}
