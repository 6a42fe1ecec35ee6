import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import { indexGraph, type GraphIndex, type NodeKind } from '../design';
import { patchedReports } from './node-scope';
import type { Report, Rule } from './rule';

/**
 * Re-reviewing after an edit runs again only the rules whose inputs the edit
 * changed. A rule's inputs are what its `meta.reads` says (rule.ts): the
 * nodes of the kinds it reads, and, for every rule, the connections, the
 * clusters, the requirements and the design's structure (the ids, kinds and
 * names of its nodes, in order: any rule may read them, reads-guard.ts).
 * Designs are immutable and an edit replaces only what it changes, and a
 * node's resolution is kept while the node and its cluster are (resolve.ts),
 * so "unchanged" is a comparison of objects.
 */

/** One token per input: the same object while the input is unchanged since the last design versioned. */
interface Versions {
  structure: object;
  byKind: Map<NodeKind, object>;
  connections: unknown;
  clusters: unknown;
  requirements: unknown;
}

const versionsByDesign = new WeakMap<ResolvedDesign, Versions>();
/** The last design versioned: the next one is compared with it (the studio edits one design at a time). */
let last: { nodes: readonly ResolvedNode[]; byKind: ReadonlyMap<NodeKind, readonly ResolvedNode[]>; versions: Versions } | undefined;

function sameStructure(a: readonly ResolvedNode[], b: readonly ResolvedNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (a[i].id !== b[i].id || a[i].kind !== b[i].kind || a[i].name !== b[i].name)) return false;
  return true;
}

function sameNodes(a: readonly ResolvedNode[] | undefined, b: readonly ResolvedNode[]): boolean {
  if (a === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function versionsOf(design: ResolvedDesign, graph: GraphIndex<ResolvedNode>): Versions {
  const known = versionsByDesign.get(design);
  if (known) {
    // An undo returns to a design seen before: the next edit is compared with it, not with the design undone.
    last = { nodes: design.nodes, byKind: graph.byKind, versions: known };
    return known;
  }
  const before = last;
  const byKind = new Map<NodeKind, object>();
  for (const [kind, nodes] of graph.byKind) byKind.set(kind, before && sameNodes(before.byKind.get(kind), nodes) ? before.versions.byKind.get(kind)! : {});
  const versions: Versions = {
    structure: before && sameStructure(before.nodes, design.nodes) ? before.versions.structure : {},
    byKind,
    connections: design.connections,
    clusters: design.clusters,
    requirements: design.requirements,
  };
  versionsByDesign.set(design, versions);
  last = { nodes: design.nodes, byKind: graph.byKind, versions };
  return versions;
}

function tokens(reads: readonly NodeKind[], versions: Versions): unknown[] {
  const inputs: unknown[] = [versions.structure, versions.connections, versions.clusters, versions.requirements];
  for (const kind of reads) inputs.push(versions.byKind.get(kind));
  return inputs;
}

/**
 * The inputs of something that reads `design` as a rule declaring `reads`
 * does (a shared query, needs.ts): where sameInputs says two designs' are the
 * same, so are its answers.
 */
export function inputsOf(design: ResolvedDesign, reads: readonly NodeKind[]): unknown[] {
  return tokens(reads, versionsOf(design, indexGraph(design)));
}

export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((input, i) => input === b[i]);
}

const lastRun = new WeakMap<Rule, { inputs: unknown[]; design: ResolvedDesign; reports: readonly Report[] }>();

/**
 * The rule's reports on `design`: those of its last run when its inputs are
 * unchanged since, else `runOn(design)`'s (a rule without `meta.reads` always
 * runs). A node-scoped rule runs on the nodes the edit replaced only, each
 * alone, where it can (node-scope.ts). A run that throws is not kept.
 */
export function reportsOf(rule: Rule, design: ResolvedDesign, graph: GraphIndex<ResolvedNode>, runOn: (design: ResolvedDesign) => readonly Report[]): readonly Report[] {
  const reads = rule.meta.reads;
  if (!reads) return runOn(design);
  const inputs = tokens(reads, versionsOf(design, graph));
  const before = lastRun.get(rule);
  if (before && sameInputs(before.inputs, inputs)) return before.reports;
  const reports = (rule.meta.scope === 'node' && before && patchedReports(before, design, runOn)) || runOn(design);
  lastRun.set(rule, { inputs, design, reports });
  return reports;
}
