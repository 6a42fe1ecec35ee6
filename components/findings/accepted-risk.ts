import { updateNode, type Design } from '@/lib/design';
import type { ReviewedFinding } from '../studio/reviewed';

/** The node that carries an accepted risk for a finding: its target, or the source of its target connection. */
export function riskOwner(design: Design, f: ReviewedFinding): string | undefined {
  if (f.target.type === 'node') return f.target.id;
  if (f.target.type === 'connection') {
    const id = f.target.id;
    return design.connections.find((c) => c.id === id)?.from;
  }
  return undefined;
}

/** The design with `rule` accepted on `nodeId` for `reason`, or no longer accepted when `reason` is undefined. */
export function setAcceptedRisk(design: Design, nodeId: string, rule: string, reason: string | undefined): Design {
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node) return design;
  const others = node.acceptedRisks.filter((r) => r.rule !== rule);
  return updateNode(design, nodeId, { acceptedRisks: reason === undefined ? others : [...others, { rule, reason }] });
}
