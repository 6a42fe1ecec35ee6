import type { Finding, Fix, FixInput } from '@/lib/rules/rule';
import type { Score } from '@/lib/rules/score';

/**
 * A review as the studio's panels use it, wherever it ran. A review that ran
 * in the worker has crossed a message boundary, which functions cannot: its
 * findings carry the fix's label and inputs only (`fixLabel`, `fixInputs`), and the fix itself is
 * recomputed on demand (apply-fix.ts).
 */
export type ReviewedFinding = Omit<Finding, 'fix'> & { fix?: Fix; fixLabel?: string; fixInputs?: readonly FixInput[] };

export interface Reviewed {
  findings: ReviewedFinding[];
  score: Omit<Score, 'deductions'>;
}

/** What the worker sends back: plain data. */
export interface WorkerReview {
  id: number;
  findings: ReviewedFinding[];
  score: Omit<Score, 'deductions'>;
}
