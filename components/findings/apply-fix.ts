import type { Design } from '@/lib/design';
import type { Fix, Target } from '@/lib/rules/rule';
import type { ReviewedFinding } from '../studio/reviewed';

const sameTarget = (a: Target, b: Target) => a.type === b.type && ('id' in a ? a.id === (b as { id: string }).id : true);

/**
 * The fix of a finding, also for one reviewed in the worker (which could not
 * send the function): the finding's own rule runs again on the main thread,
 * on this design only, and its fix for the same target and message is used.
 * One rule over even 10,000 nodes is quick.
 */
export async function fixOf(design: Design, finding: ReviewedFinding): Promise<Fix | undefined> {
  if (finding.fix) return finding.fix;
  if (!finding.fixLabel) return undefined;
  const { RULES, runRules } = await import('@/lib/rules');
  const rule = RULES.find((r) => r.meta.id === finding.ruleId);
  if (!rule) return undefined;
  return runRules(design, [rule]).find((f) => sameTarget(f.target, finding.target) && f.message === finding.message)?.fix;
}
