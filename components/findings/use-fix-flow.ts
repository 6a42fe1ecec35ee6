'use client';

import { useState } from 'react';
import { loadLayoutEngine } from '@/lib/layout/on-demand';
import type { Design } from '@/lib/design';
import type { FixInput, FixValues } from '@/lib/rules/fix';
import type { ReviewedFinding } from '../studio/reviewed';
import { useStudioStore } from '../studio/store-context';
import { useToasts } from '../ui/toasts';
import { fixAllChange, fixInputsOf, fixOf } from './apply-fix';

/** A fix waiting for the decisions its form asks for: the findings it repairs (one, or all of one rule). */
export interface PendingFix {
  findings: readonly ReviewedFinding[];
  inputs: readonly FixInput[];
  title: string;
}

/**
 * Fix and "Fix all" from the findings panel: a fix that needs a decision waits in `fixing` for its
 * form; any other, and a decided one, changes the design as one undo step.
 */
export function useFixFlow() {
  const store = useStudioStore();
  const toasts = useToasts();
  const [fixing, setFixing] = useState<PendingFix | null>(null);

  /** Applies a design change from a fix as one undo step; nodes it adds (a DLQ, a retry topic) are placed now, beside what they serve and in free space. */
  async function applyChange(update: ((d: Design) => Design) | undefined) {
    if (!update) {
      toasts.push('error', 'This finding has changed since the review; try again once the review is up to date.');
      return;
    }
    const { withNewNodesPlaced } = await loadLayoutEngine();
    store.getState().change((d) => {
      const fixed = update(d);
      return fixed === d ? d : withNewNodesPlaced(fixed);
    });
  }

  async function applyFix(findings: readonly ReviewedFinding[], values?: FixValues) {
    setFixing(null);
    if (findings.length === 1) {
      const found = await fixOf(store.getState().design, findings[0]);
      await applyChange(found && ((d) => found.apply(d, values)));
    } else await applyChange(await fixAllChange(findings, values));
  }

  /** A fix that needs a decision asks for it first; any other applies at once. */
  function startFix(findings: readonly ReviewedFinding[], label: string) {
    const inputs = fixInputsOf(findings[0]);
    if (inputs.length > 0) setFixing({ findings, inputs, title: label });
    else void applyFix(findings);
  }

  return { fixing, startFix, applyFix, cancelFix: () => setFixing(null) };
}
