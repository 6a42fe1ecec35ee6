import type { Connection } from '@/lib/design';
import { SEVERITIES, type Finding, type Severity, type Target } from './rule';

/**
 * What the findings panel shows of a list of findings, as plain functions of the findings and the
 * design: which nodes a finding points at, its target's name, the filters, the counts and the
 * groups "Fix all" applies to. The panel (components/findings) only wires them to the page.
 */

type Listed = Pick<Finding, 'ruleId' | 'target' | 'severity' | 'category' | 'accepted'>;

/** The filters above the list: 'all' (or '' for the node) lets every finding through. */
export interface FindingFilters {
  severity: string;
  category: string;
  node: string;
}

/** One finding's identity in the list: its rule and its target (a finding of the design has none). */
export function findingKey(f: Pick<Finding, 'ruleId' | 'target'>): string {
  return `${f.ruleId}:${'id' in f.target ? f.target.id : ''}`;
}

/** The nodes a finding points at: its node, or both ends of its connection. */
export function targetNodeIds(target: Target, connections: ReadonlyMap<string, Connection>): string[] {
  if (target.type === 'node') return [target.id];
  if (target.type === 'connection') {
    const c = connections.get(target.id);
    return c ? [c.from, c.to] : [];
  }
  return [];
}

/** A target as the list names it: the node's name, "from → to" for a connection, or "design". */
export function targetLabel(target: Target, names: ReadonlyMap<string, string>, connections: ReadonlyMap<string, Connection>): string {
  if (target.type === 'node') return names.get(target.id) ?? target.id;
  if (target.type === 'connection') {
    const c = connections.get(target.id);
    return c ? `${names.get(c.from) ?? c.from} → ${names.get(c.to) ?? c.to}` : target.id;
  }
  return 'design';
}

/** The findings the filters let through, in their order. */
export function filterFindings<F extends Listed>(findings: readonly F[], filters: FindingFilters, connections: ReadonlyMap<string, Connection>): F[] {
  const { severity, category, node } = filters;
  return findings.filter(
    (f) => (severity === 'all' || f.severity === severity) && (category === 'all' || f.category === category) && (node === '' || targetNodeIds(f.target, connections).includes(node)),
  );
}

/** How many findings of each severity are open (not accepted as a risk). */
export function openCounts(findings: readonly Listed[]): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s && !f.accepted).length])) as Record<Severity, number>;
}

/** The open findings a fix can repair, by rule: what "Fix all" on a finding of that rule applies to. */
export function fixableByRule<F extends Listed & { fix?: unknown; fixLabel?: string }>(findings: readonly F[]): Map<string, F[]> {
  const byRule = new Map<string, F[]>();
  for (const f of findings) {
    if (f.accepted || !(f.fix ?? f.fixLabel)) continue;
    byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  }
  return byRule;
}

/** What an empty list says: the review is running, there is nothing to review, the design passes, or the filters hide every finding. */
export function emptyFindingsText(ready: boolean, findingCount: number, nodeCount: number): string {
  if (!ready) return 'Reviewing…';
  if (findingCount > 0) return 'No finding matches the filters.';
  return nodeCount === 0 ? 'Add nodes to get a review.' : 'No findings: the design passes every rule.';
}
