import type { Design } from '@/lib/design';
import type { Fix, FixValues } from '@/lib/rules/fix';
import { sameTarget } from '@/lib/rules/rule';
import type { ReviewedFinding } from '../studio/reviewed';

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

/** The inputs a finding's fix asks for, known before the fix itself is computed. */
export function fixInputsOf(finding: ReviewedFinding) {
  return finding.fix?.inputs ?? finding.fixInputs ?? [];
}

/**
 * A design change that applies the fix of every one of `findings` (all one
 * rule) in turn (lib/rules/fix-all.ts): the studio applies it as one undo step.
 */
export async function fixAllChange(findings: readonly ReviewedFinding[], values?: FixValues): Promise<((design: Design) => Design) | undefined> {
  const { RULES, applyFixToAll } = await import('@/lib/rules');
  const rule = RULES.find((r) => r.meta.id === findings[0]?.ruleId);
  const targets = findings.map((f) => f.target);
  return rule && ((design) => applyFixToAll(design, rule, targets, values));
}
