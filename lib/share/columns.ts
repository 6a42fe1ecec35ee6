import { isPlainObject } from '../design/deep-equal';
import type { CompactDesign } from './compact';

/**
 * The compact form as a v3 link carries it: the same content as a v2 link's
 * (compact.ts) laid out in columns — all kind codes, then all names, then all
 * ids, then all settings — so that like sits next to like, which deflate
 * compresses better than entries that mix the four (on the realistic 100-node
 * design, 4,086 → 3,854 deflated bytes with the v3 dictionary). `0` in a
 * column stands for "nothing here" (a derived id, no settings).
 */
export interface ColumnarDesign {
  n?: string;
  o?: string;
  q?: Record<string, unknown>;
  r?: Record<string, unknown>;
  s?: Record<string, unknown>;
  c?: CompactDesign['c'];
  /** Node kind codes (or kinds), in node order. */
  K?: Array<number | string>;
  /** Node names. */
  M?: string[];
  /** Node ids that are not derived from the name, else 0; left out when every id is derived. */
  I?: Array<string | 0>;
  /** Node settings (compact.ts), else 0; left out when no node has any. */
  F?: Array<Record<string, unknown> | 0>;
  /** Connection ends as `[from, to, from, to, …]`, each number relative as in a v2 link's entries. */
  E?: Array<number | string>;
  /** Connection ids that are not the default, else 0; left out when every id is the default. */
  J?: Array<string | 0>;
  /** Connection settings (kind and fields), else 0; left out when none has any. */
  G?: Array<Record<string, unknown> | 0>;
  /** Positions (layout-codec.ts). */
  L?: unknown[];
}

type Fields = Record<string, unknown> | undefined;

/** The id kept apart from the other settings: `[id or 0, the rest or 0]`. */
function splitId(fields: Fields): [string | 0, Record<string, unknown> | 0] {
  if (!fields) return [0, 0];
  const { id, ...rest } = fields;
  if (typeof id !== 'string') return [0, Object.keys(fields).length > 0 ? fields : 0];
  return [id, Object.keys(rest).length > 0 ? rest : 0];
}

/** A column, or nothing when every cell of it is 0. */
function column<T>(cells: Array<T | 0>): Array<T | 0> | undefined {
  return cells.some((cell) => cell !== 0) ? cells : undefined;
}

/** The v3 layout of a compact design. */
export function toColumns(compact: CompactDesign): ColumnarDesign {
  const { N, E, L, ...rest } = compact;
  const out: ColumnarDesign = { ...rest };
  if (N) {
    const split = N.map((entry) => splitId(entry[2]));
    out.K = N.map((entry) => entry[0]);
    out.M = N.map((entry) => entry[1]);
    out.I = column(split.map((s) => s[0]));
    out.F = column(split.map((s) => s[1]));
  }
  if (E) {
    const split = E.map((entry) => splitId(entry[2]));
    out.E = E.flatMap((entry) => [entry[0], entry[1]]);
    out.J = column(split.map((s) => s[0]));
    out.G = column(split.map((s) => s[1]));
  }
  if (L) out.L = L;
  for (const key of ['I', 'F', 'J', 'G'] as const) if (out[key] === undefined) delete out[key];
  return out;
}

export type FromColumnsResult = { ok: true; compact: CompactDesign } | { ok: false; message: string };

/** The inverse of `toColumns` for untrusted input: the columns must line up; the cells are checked by `expandDesign`. */
export function fromColumns(value: unknown): FromColumnsResult {
  if (!isPlainObject(value)) return { ok: false, message: 'the link does not hold a design' };
  const { K, M, I, F, E, J, G, ...rest } = value;
  const compact: Record<string, unknown> = { ...rest };
  if (K !== undefined || M !== undefined) {
    const nodes = rows('node', K, [M, I, F]);
    if (!nodes.ok) return nodes;
    compact.N = nodes.rows.map(([kind, name, id, fields]) => entry([kind, name], id, fields));
  }
  if (E !== undefined) {
    if (!Array.isArray(E) || E.length % 2 !== 0) return { ok: false, message: 'the connection ends are not in pairs' };
    const pairs = Array.from({ length: E.length / 2 }, (_, i) => [E[2 * i], E[2 * i + 1]]);
    const connections = rows('connection', pairs, [J, G]);
    if (!connections.ok) return connections;
    compact.E = connections.rows.map(([ends, id, fields]) => entry(ends as unknown[], id, fields));
  } else if (J !== undefined || G !== undefined) return { ok: false, message: 'the connection columns do not line up' };
  return { ok: true, compact: compact as CompactDesign };
}

/** The cells of `first` and `others` side by side; an absent column reads as all 0 (`M` is never absent when `K` is there). */
function rows(what: string, first: unknown, others: unknown[]): { ok: true; rows: unknown[][] } | { ok: false; message: string } {
  const misaligned = { ok: false as const, message: `the ${what} columns do not line up` };
  if (!Array.isArray(first)) return misaligned;
  const columns: unknown[][] = [];
  for (const [i, other] of others.entries()) {
    if (other === undefined && !(what === 'node' && i === 0)) columns.push(first.map(() => 0));
    else if (!Array.isArray(other) || other.length !== first.length) return misaligned;
    else columns.push(other);
  }
  return { ok: true, rows: first.map((cell, i) => [cell, ...columns.map((c) => c[i])]) };
}

/** A v2 entry from its leading cells, its id (0 = derived) and its other settings (0 = none). */
function entry(lead: unknown[], id: unknown, fields: unknown): unknown[] {
  if (id === 0 && fields === 0) return lead;
  if (id === 0) return [...lead, fields];
  // A malformed cell is passed on as is: expandDesign refuses it with its own message.
  if (fields === 0) return [...lead, { id }];
  return [...lead, isPlainObject(fields) ? { ...fields, id } : fields];
}
