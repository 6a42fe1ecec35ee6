import { allowedConnectionKinds, clusterSchema, designFromData, DESIGN_VERSION, nodeSchema, slugify, uniqueId, type Broker, type ConnectionKind, type NodeKind } from '../design';
import type { ImportError, ImportNote, ImportResult } from './importer';

/**
 * What every importer shares: a design under construction that only ever
 * holds valid nodes, and the report of what the source said that the design
 * cannot hold. A value the design refuses (a negative partition count, a
 * string where a number belongs) is dropped with a note naming the path in
 * the source, never thrown.
 */

/** Notes beyond this many are summarised in one line, so a hostile file cannot flood the report. */
export const MAX_NOTES = 500;
/** The design's own limits (design.ts): a file with more is refused rather than cut. */
export const MAX_NODES = 10_000;
export const MAX_CONNECTIONS = 50_000;
export const MAX_CLUSTERS = 1000;
const MAX_NAME = 1000;

type Props = Record<string, unknown>;

interface BuiltNode {
  id: string;
  kind: NodeKind;
  name: string;
  data: Props;
}

export class DesignBuilder {
  readonly notes: ImportNote[] = [];
  private readonly clusters: Props[] = [];
  private readonly clusterIds = new Set<string>();
  private readonly nodes: BuiltNode[] = [];
  private readonly nodeById = new Map<string, BuiltNode>();
  private readonly connections: Props[] = [];
  private readonly connectionIds = new Set<string>();
  private readonly connectionKeys = new Set<string>();
  private readonly routeKeys = new Set<string>();
  private dropped = 0;
  private overflow: string | undefined;

  /** Records something the design does not hold, with where it is in the source. */
  note(path: string, message: string): void {
    if (this.notes.length < MAX_NOTES) this.notes.push({ path, message });
    else this.dropped++;
  }

  get nodeCount(): number {
    return this.nodes.length;
  }

  node(id: string): { id: string; kind: NodeKind; name: string; data: Props } | undefined {
    return this.nodeById.get(id);
  }

  hasCluster(id: string): boolean {
    return this.clusterIds.has(id);
  }

  /** Adds a cluster; fields the schema refuses fall back to defaults, with a note. Returns its id. */
  addCluster(name: string, broker: Broker, props: Props, sourcePath: string): string {
    if (this.clusters.length >= MAX_CLUSTERS) {
      this.overflow ??= `The file describes more than ${MAX_CLUSTERS} clusters; a design holds at most ${MAX_CLUSTERS}.`;
      return this.clusters[0].id as string;
    }
    const displayName = this.displayName(name, sourcePath, 'cluster');
    const id = uniqueId(slugify(displayName), this.clusterIds);
    const data = this.validated({ ...props, id, name: displayName, broker }, (value) => clusterSchema.safeParse(value), sourcePath, ['id', 'name', 'broker']);
    if (!data) {
      // Cannot happen with the fixed fields above; kept so a schema change cannot make an importer throw.
      this.note(sourcePath, `Cluster "${displayName}" could not be represented.`);
      return id;
    }
    this.clusterIds.add(id);
    this.clusters.push(data);
    return id;
  }

  /**
   * Adds a node of `kind`. Props are the node's fields as the design names
   * them; any the schema refuses are dropped (the default applies) and
   * reported against `sourcePath`. Returns the node id, or undefined when the
   * node cannot exist at all.
   */
  addNode(kind: NodeKind, name: string, props: Props, sourcePath: string): string | undefined {
    if (this.nodes.length >= MAX_NODES) {
      this.overflow ??= `The file describes more than ${MAX_NODES} queues, exchanges, topics, streams and services; a design holds at most ${MAX_NODES}. Split it and import the parts separately.`;
      return undefined;
    }
    const displayName = this.displayName(name, sourcePath, 'node');
    const id = uniqueId(slugify(displayName), this.nodeById);
    const data = this.validated({ ...props, kind, id, name: displayName }, (value) => nodeSchema.safeParse(value), sourcePath, ['kind', 'id', 'name']);
    if (!data) {
      this.note(sourcePath, `"${short(displayName)}" could not be represented as a ${kind}.`);
      return undefined;
    }
    const node: BuiltNode = { id, kind, name: displayName, data };
    this.nodes.push(node);
    this.nodeById.set(id, node);
    return id;
  }

  /** Changes fields of a cluster already added (validated as `addCluster` does). */
  patchCluster(id: string, patch: Props, sourcePath: string): void {
    const index = this.clusters.findIndex((c) => c.id === id);
    if (index < 0) return;
    const data = this.validated({ ...this.clusters[index], ...patch }, (value) => clusterSchema.safeParse(value), sourcePath, ['id', 'name', 'broker']);
    if (data) this.clusters[index] = data;
  }

  /** Changes fields of a node already added (validated the same way). */
  patchNode(id: string, patch: Props, sourcePath: string): void {
    const node = this.nodeById.get(id);
    if (!node) return;
    const data = this.validated({ ...node.data, ...patch }, (value) => nodeSchema.safeParse(value), sourcePath, ['kind', 'id', 'name']);
    if (data) node.data = data;
  }

  /** Whether `from` may start a `kind` connection to `to`. */
  canConnect(kind: ConnectionKind, from: string, to: string): boolean {
    const a = this.nodeById.get(from);
    const b = this.nodeById.get(to);
    return !!a && !!b && a.id !== b.id && allowedConnectionKinds(a.kind, b.kind).includes(kind);
  }

  hasConnection(kind: ConnectionKind, from: string, to: string): boolean {
    return this.connectionKeys.has(`${kind}\u0000${from}\u0000${to}`);
  }

  /** Whether a `kind` connection from `from` to `to` with this routing key exists (undefined: without one). */
  hasRoute(kind: ConnectionKind, from: string, to: string, routingKey: string | undefined): boolean {
    return this.routeKeys.has(`${kind}\u0000${from}\u0000${to}\u0000${routingKey ?? '\u0001'}`);
  }

  /** Connects two nodes; a connection the pair does not allow is reported instead. */
  connect(kind: ConnectionKind, from: string, to: string, props: Props, sourcePath: string): string | undefined {
    if (this.connections.length >= MAX_CONNECTIONS) {
      this.overflow ??= `The file describes more than ${MAX_CONNECTIONS} bindings and connections; a design holds at most ${MAX_CONNECTIONS}.`;
      return undefined;
    }
    if (!this.canConnect(kind, from, to)) {
      const a = this.nodeById.get(from);
      const b = this.nodeById.get(to);
      this.note(sourcePath, `A ${kind} connection from "${short(a?.name ?? from)}" (${a?.kind ?? 'missing'}) to "${short(b?.name ?? to)}" (${b?.kind ?? 'missing'}) cannot be represented.`);
      return undefined;
    }
    const id = uniqueId(`${from}--${to}`.slice(0, 190), this.connectionIds);
    this.connectionIds.add(id);
    this.connections.push({ ...props, id, kind, from, to });
    this.connectionKeys.add(`${kind}\u0000${from}\u0000${to}`);
    this.routeKeys.add(`${kind}\u0000${from}\u0000${to}\u0000${typeof props.routingKey === 'string' ? props.routingKey : '\u0001'}`);
    return id;
  }

  /** The finished design, validated as a whole; never throws. */
  build(name: string): ImportResult {
    if (this.overflow) return { ok: false, errors: [{ message: this.overflow }] };
    if (this.dropped > 0) this.notes.push({ path: '', message: `${this.dropped} more notes were left out.` });
    const designName = name.trim().slice(0, MAX_NAME) || 'Imported design';
    const result = designFromData({
      queuewright: DESIGN_VERSION,
      name: designName,
      clusters: this.clusters,
      nodes: this.nodes.map((n) => n.data),
      connections: this.connections,
    });
    if (!result.ok) {
      return { ok: false, errors: result.errors.map((e) => ({ message: `The imported design is not valid: ${e.message}`, path: e.path })) };
    }
    return { ok: true, design: result.design, report: this.notes };
  }

  private displayName(name: string, sourcePath: string, what: string): string {
    const clean = name === '' ? `unnamed ${what}` : name;
    if (clean.length <= MAX_NAME) return clean;
    this.note(sourcePath, `The name is ${clean.length} characters long; it was cut to ${MAX_NAME}.`);
    return clean.slice(0, MAX_NAME);
  }

  /** Parses `value`; drops each field the schema refuses (and reports it) until it parses or only fixed fields are wrong. */
  private validated(
    value: Props,
    parse: (value: unknown) => { success: true; data: unknown } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } },
    sourcePath: string,
    fixed: string[],
  ): Props | undefined {
    let current = value;
    for (let attempt = 0; attempt < 50; attempt++) {
      const result = parse(current);
      if (result.success) return result.data as Props;
      let progressed = false;
      for (const issue of result.error.issues) {
        const path = issue.path.map(String);
        if (path.length === 0 || fixed.includes(path[0])) continue;
        const removed = removePath(current, path);
        if (!removed.changed) continue;
        current = removed.value;
        progressed = true;
        this.note(sourcePath, `${path.join('.')}: ${describe(removed.old)} is not accepted (${issue.message}); the default is used.`);
      }
      if (!progressed) return undefined;
    }
    return undefined;
  }
}

/** A copy of `value` without the field at `path` (arrays lose the element). */
function removePath(value: Props, path: string[]): { value: Props; changed: boolean; old?: unknown } {
  const [head, ...rest] = path;
  if (!Object.hasOwn(value, head)) return { value, changed: false };
  if (rest.length === 0) {
    const copy: Props = { ...value };
    const old = copy[head];
    delete copy[head];
    return { value: copy, changed: true, old };
  }
  const child = value[head];
  if (Array.isArray(child)) {
    // Drop the whole list: a list with one bad element means the source meant something else.
    const copy: Props = { ...value };
    delete copy[head];
    return { value: copy, changed: true, old: child };
  }
  if (child && typeof child === 'object') {
    const inner = removePath(child as Props, rest);
    if (!inner.changed) return { value, changed: false };
    return { value: { ...value, [head]: inner.value }, changed: true, old: inner.old };
  }
  return { value, changed: false };
}

/** A short, safe rendering of a source value for a message. */
export function describe(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A name shortened for a message. */
export function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `a.b` or `a["odd key"]`: a path segment for a key that may hold dots or brackets. */
export function keyPath(base: string, key: string): string {
  const segment = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : `[${JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}...` : key)}]`;
  if (base === '') return segment.startsWith('[') ? segment : segment;
  return segment.startsWith('[') ? `${base}${segment}` : `${base}.${segment}`;
}

/** Keys a design never holds (the design reader refuses them): such keys from a source are reported, not kept. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A whole number, also from a numeric string (Kubernetes and YAML files quote numbers). */
export function int(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,16}$/.test(value.trim())) {
    const n = Number(value.trim());
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** The base name of a file without its extensions, for a design name. */
export function fileStem(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/(\.(json|ya?ml|yml))+$/i, '');
  return stem || undefined;
}

/** Turns parse problems into import errors. */
export function parseErrors(problem: { message: string; path?: string; line?: number; column?: number }): ImportResult {
  const error: ImportError = { message: problem.message };
  if (problem.path) error.path = problem.path;
  if (problem.line !== undefined) error.line = problem.line;
  if (problem.column !== undefined) error.column = problem.column;
  return { ok: false, errors: [error] };
}

/** The first `limit` characters, for cheap format detection on huge inputs. */
export function head(text: string, limit = 65_536): string {
  return typeof text === 'string' ? text.slice(0, limit) : '';
}

/** Runs an importer body, turning an unexpected exception into an error instead of a throw. */
export function guard(run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (error) {
    return { ok: false, errors: [{ message: `The file could not be imported: ${error instanceof Error ? error.message.slice(0, 200) : 'unexpected error'}` }] };
  }
}

/** Maps an environment word (prod, staging, dev, local …) to the cluster environment, when it says one. */
export function environmentOf(text: string | undefined): 'production' | 'staging' | 'development' | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/\b(prod|production|prd|live)\b/.test(t.replace(/[_:.-]/g, ' '))) return 'production';
  if (/\b(stag|staging|stage|uat|preprod|pre-prod|qa|acc|acceptance)\b/.test(t.replace(/[_:.]/g, ' '))) return 'staging';
  if (/\b(dev|develop|development|local|test|testing|sandbox|sit)\b/.test(t.replace(/[_:.-]/g, ' '))) return 'development';
  return undefined;
}
