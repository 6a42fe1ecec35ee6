import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import type { Connection } from '../design';
import type { Report } from './rule';

/**
 * A node-scoped rule (`meta.scope: 'node'`, rule.ts) judges each node on its
 * own: what it reports is the union of what it reports on each node alone
 * (the node, the clusters and the requirements, no other node and no
 * connection), and each report targets that node. After an edit the engine
 * then checks again only the nodes the edit replaced and keeps the reports
 * of the others (incremental.ts): a one-node edit costs one node, not the
 * design. RuleTester and node-scope.test.ts hold every such rule to it.
 */

const NO_CONNECTIONS: readonly Connection[] = [];

/** `design` as a node-scoped rule sees `node`: the node alone, without connections. */
export function aloneIn(design: ResolvedDesign, node: ResolvedNode): ResolvedDesign {
  return { ...design, nodes: [node], connections: NO_CONNECTIONS as Connection[] };
}

/** Whether every report targets a node: what a node-scoped rule's reports do, and per-node reuse needs. */
export function allOnNodes(reports: readonly Report[]): boolean {
  return reports.every((r) => r.target.type === 'node');
}

let lastDiff: { before: readonly ResolvedNode[]; after: readonly ResolvedNode[]; replaced: ResolvedNode[] | undefined } | undefined;

/**
 * The nodes of `after` that are not those of `before` at the same place, when
 * both hold the same node ids in the same order (a settings edit, a rename);
 * `undefined` when nodes were added, removed or reordered. Every node-scoped
 * rule asks of the same pair of designs: the answer is kept for the next.
 */
export function replacedNodes(before: readonly ResolvedNode[], after: readonly ResolvedNode[]): ResolvedNode[] | undefined {
  if (lastDiff?.before === before && lastDiff.after === after) return lastDiff.replaced;
  let replaced: ResolvedNode[] | undefined = [];
  if (before.length !== after.length) replaced = undefined;
  else
    for (let i = 0; i < after.length; i++) {
      if (before[i] === after[i]) continue;
      if (before[i].id !== after[i].id) {
        replaced = undefined;
        break;
      }
      replaced.push(after[i]);
    }
  lastDiff = { before, after, replaced };
  return replaced;
}

/**
 * A node-scoped rule's reports on `after`, from its reports on `before` (the
 * design they were found on): those about replaced nodes found again on each
 * node alone, the others kept. `undefined` when `before` is too far off
 * (other clusters or requirements, nodes added or removed): run on the whole.
 */
export function patchedReports(
  previous: { design: ResolvedDesign; reports: readonly Report[] },
  after: ResolvedDesign,
  runOn: (design: ResolvedDesign) => readonly Report[],
): readonly Report[] | undefined {
  const before = previous.design;
  if (before.clusters !== after.clusters || before.requirements !== after.requirements || !allOnNodes(previous.reports)) return undefined;
  const replaced = replacedNodes(before.nodes, after.nodes);
  if (replaced === undefined) return undefined;
  if (replaced.length === 0) return previous.reports;
  const ids = new Set(replaced.map((n) => n.id));
  const reports = previous.reports.filter((r) => !ids.has((r.target as { id: string }).id));
  for (const node of replaced) reports.push(...runOn(aloneIn(after, node)));
  return reports;
}
