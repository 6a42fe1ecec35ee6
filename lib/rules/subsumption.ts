import type { GraphIndex } from '../design';
import type { Rule, Target } from './rule';

/**
 * One defect, one finding. A rule names in `subsumes` the rules that report
 * the same defect from another angle; where both report it on the same site,
 * only the subsuming rule's finding is shown.
 */

/** The nodes a target is about: its node, a connection's two ends, none for the design. */
export function targetNodes(graph: Pick<GraphIndex, 'connectionById'>, target: Target): string[] {
  if (target.type === 'node') return [target.id];
  if (target.type === 'connection') {
    const c = graph.connectionById.get(target.id);
    return c ? [c.from, c.to] : [target.id];
  }
  return [];
}

/**
 * Two targets are one site when they share a node or a connection joins them:
 * a producer's acks, the edge it writes over and the topic relying on them are
 * one defect's three views.
 */
export function sameSite(graph: SiteGraph, a: Target, b: Target): boolean {
  return touches(graph, a, new Set(targetNodes(graph, b)));
}

type SiteGraph = Pick<GraphIndex, 'connectionById' | 'outgoing' | 'incoming'>;

/**
 * Whether `target` is one site with any of `nodes` (the nodes of other
 * targets): `sameSite` against many targets at once, by lookup, so the engine
 * never compares every pair of findings.
 */
export function touches(graph: SiteGraph, target: Target, nodes: ReadonlySet<string>): boolean {
  return targetNodes(graph, target).some((n) => nodes.has(n) || (graph.outgoing.get(n) ?? []).some((c) => nodes.has(c.to)) || (graph.incoming.get(n) ?? []).some((c) => nodes.has(c.from)));
}

/** For each rule id, the rules that subsume it. */
export function subsumers(rules: readonly Rule[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const rule of rules) for (const id of rule.meta.subsumes ?? []) map.set(id, [...(map.get(id) ?? []), rule.meta.id]);
  return map;
}
