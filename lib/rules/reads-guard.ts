import { resolveDesign, settingSources } from '../brokers/resolve';
import type { ResolvedDesign } from '../brokers/resolved-design';
import { indexGraph, type Design, type NodeKind } from '../design';
import type { Report, Rule } from './rule';

/**
 * The check of a rule's `meta.reads` (rule.ts): the rule runs over the design
 * with every node of an undeclared kind behind a guard that lets it read the
 * node's id and kind (what the graph index and a connection's ends need) and
 * throws on anything else. An undeclared read would let the engine reuse a
 * stale answer after an edit of such a node (incremental.ts).
 */

/**
 * What any rule may read of any node: its id and kind (the graph's structure)
 * and its name (which messages quote); the engine re-runs every rule when one
 * of them changes (incremental.ts), an edit of settings leaves them alone.
 */
const STRUCTURE = new Set<PropertyKey>(['id', 'kind', 'name']);

export class UndeclaredRead extends Error {
  constructor(
    readonly kind: NodeKind,
    readonly property: string,
  ) {
    super(`reads "${property}" of a ${kind} node, a kind it does not declare it reads (meta.reads)`);
  }
}

function guard<N extends { kind: NodeKind }>(node: N, readable: ReadonlySet<PropertyKey> = STRUCTURE): N {
  const check = (property: PropertyKey) => {
    if (typeof property !== 'symbol' && !readable.has(property)) throw new UndeclaredRead(node.kind, String(property));
  };
  return new Proxy(node, {
    get: (target, property, receiver) => (check(property), Reflect.get(target, property, receiver)),
    has: (target, property) => (check(property), Reflect.has(target, property)),
    ownKeys: () => {
      throw new UndeclaredRead(node.kind, '(its keys)');
    },
    getOwnPropertyDescriptor: (target, property) => (check(property), Reflect.getOwnPropertyDescriptor(target, property)),
  });
}

/**
 * `design` with the nodes of kinds outside `reads` guarded; those of kinds in
 * `partly` may also be read at the properties it lists (needs.ts reads only
 * the requirements of services).
 */
export function guardedDesign(design: ResolvedDesign, reads: readonly NodeKind[], partly: Partial<Record<NodeKind, readonly string[]>> = {}): ResolvedDesign {
  const declared = new Set(reads);
  const readable = (kind: NodeKind) => new Set<PropertyKey>([...STRUCTURE, ...(partly[kind] ?? [])]);
  return { ...design, nodes: design.nodes.map((node) => (declared.has(node.kind) ? node : guard(node, partly[node.kind] ? readable(node.kind) : STRUCTURE))) };
}

/** What a rule reports on `resolved` (`design` resolved, or a view of it), comparable: target and message data (a fix is a function). */
export function comparableReports(rule: Rule, resolved: ResolvedDesign, design: Design): string[] {
  const reports: Report[] = [];
  const source = (nodeId: string, path: string) => settingSources(design, nodeId).get(path);
  rule.check({ design: resolved, graph: indexGraph(resolved), source, report: (r) => reports.push(r) });
  return reports.map((r) => JSON.stringify([r.target, r.messageId, r.data, r.fix?.label]));
}

/**
 * The kinds the rule reads on `design` beyond `reads` (its declaration, or
 * none), each found by running it again with that kind let through; and
 * whether, once they are let through, it reports what it reports unguarded.
 */
export function undeclaredReads(rule: Rule, design: Design, reads: readonly NodeKind[] = rule.meta.reads ?? []): { kinds: NodeKind[]; sameReports: boolean } {
  const resolved = resolveDesign(design);
  const kinds: NodeKind[] = [];
  for (;;) {
    try {
      const guarded = comparableReports(rule, guardedDesign(resolved, [...reads, ...kinds]), design);
      return { kinds, sameReports: JSON.stringify(guarded) === JSON.stringify(comparableReports(rule, resolved, design)) };
    } catch (error) {
      if (!(error instanceof UndeclaredRead) || kinds.includes(error.kind)) throw error;
      kinds.push(error.kind);
    }
  }
}
