import { resolveDesign } from '../brokers/resolve';
import type { Design } from '../design';
import { aloneIn } from './node-scope';
import { comparableReports } from './reads-guard';
import type { Rule } from './rule';

/**
 * The check of `meta.scope: 'node'` (rule.ts, node-scope.ts): what the rule
 * reports on `design` must be what it reports on each node alone, each report
 * about that node. An empty list when it holds (or the rule is not
 * node-scoped), else what breaks it: a rule that reads another node or a
 * connection would let the engine keep a stale report after an edit.
 */
export function nodeScopeBreaches(rule: Rule, design: Design): string[] {
  if (rule.meta.scope !== 'node') return [];
  const resolved = resolveDesign(design);
  const breaches: string[] = [];
  const parts: string[] = [];
  for (const node of resolved.nodes) {
    for (const report of comparableReports(rule, aloneIn(resolved, node), design)) {
      const [target] = JSON.parse(report) as [{ type: string; id?: string }];
      if (target.type !== 'node' || target.id !== node.id) breaches.push(`on node ${node.id} alone it reports about ${JSON.stringify(target)}`);
      parts.push(report);
    }
  }
  const whole = comparableReports(rule, resolved, design);
  const sorted = (list: string[]) => [...list].sort();
  for (const report of sorted(whole)) if (!parts.includes(report)) breaches.push(`reports ${report} on the whole design, on no node alone`);
  for (const report of sorted(parts)) if (!whole.includes(report)) breaches.push(`reports ${report} on a node alone, not on the whole design`);
  if (breaches.length === 0 && JSON.stringify(sorted(whole)) !== JSON.stringify(sorted(parts)))
    breaches.push('reports some finding a different number of times on the whole design than on its nodes alone');
  return breaches;
}
