import type { Design } from '../design';
import { runRules } from './engine';
import type { FixValues } from './fix';
import { sameTarget, type Rule, type Target } from './rule';

/**
 * Applies `rule`'s fix to each of `targets`, in order, as one change: the
 * rule runs again before each, so a later fix sees what an earlier one added
 * (the second consumer joins the dead-letter topic the first one got). A
 * target the rule no longer reports, or reports without a fix, is skipped.
 * `values` answer the fix's inputs for every target alike.
 */
export function applyFixToAll(design: Design, rule: Rule, targets: readonly Target[], values?: FixValues): Design {
  let current = design;
  for (const target of targets) {
    const finding = runRules(current, [rule]).find((f) => f.fix && sameTarget(f.target, target));
    if (finding?.fix) current = finding.fix.apply(current, values);
  }
  return current;
}
