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
export function sameSite(graph: Pick<GraphIndex, 'connectionById' | 'outgoing' | 'incoming'>, a: Target, b: Target): boolean {
  const mine = targetNodes(graph, a);
  const theirs = new Set(targetNodes(graph, b));
  return mine.some(
    (n) => theirs.has(n) || (graph.outgoing.get(n) ?? []).some((c) => theirs.has(c.to)) || (graph.incoming.get(n) ?? []).some((c) => theirs.has(c.from)),
  );
}

/** For each rule id, the rules that subsume it. */
export function subsumers(rules: readonly Rule[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const rule of rules) for (const id of rule.meta.subsumes ?? []) map.set(id, [...(map.get(id) ?? []), rule.meta.id]);
  return map;
}
