import { SEVERITIES, type Category, type Finding, type Severity } from './rule';

/** The six dimensions the review scores. Schema findings count towards operability. */
export const SCORE_CATEGORIES = ['ordering', 'delivery', 'durability', 'error-handling', 'scalability', 'operability'] as const;
export type ScoreCategory = (typeof SCORE_CATEGORIES)[number];

/** Points one finding deducts from its category, by severity. */
export const DEDUCTION: Record<Severity, number> = { error: 20, warning: 5, info: 1 };

export interface Deduction {
  finding: Finding;
  category: ScoreCategory;
  points: number;
}

export interface Score {
  overall: number;
  categories: Record<ScoreCategory, number>;
  deductions: Deduction[];
  /** Why the overall score is what it is, in one line, for the score header. */
  explanation: string;
}

export function scoreCategory(category: Category): ScoreCategory {
  return category === 'schema' ? 'operability' : category;
}

/**
 * The overall score lives in a band set by the worst open finding, so it
 * separates a broken design from a good one whatever its size: any error
 * puts a design below 70, below every design without one; warnings without
 * errors give 70–94; a design with no error or warning scores 95–100, its
 * info findings costing a point each. Within a band each finding lowers the
 * score (error 10, warning 3, info 1 point) down to the band's floor.
 */
export const BANDS: Record<Severity | 'clean', { top: number; floor: number }> = {
  error: { top: 69, floor: 0 },
  warning: { top: 94, floor: 70 },
  info: { top: 99, floor: 95 },
  clean: { top: 100, floor: 100 },
};

/** Points one finding deducts within the overall score's band. */
const BAND_COST: Record<Severity, number> = { error: 10, warning: 3, info: 1 };

/**
 * Each category scores 100 minus the points of its findings (error 20,
 * warning 5, info 1), never below 0; the overall score is banded by the worst
 * finding (BANDS). Accepted risks and internal errors deduct nothing. A pure
 * function of the findings, so the same design always gets the same score.
 */
export function computeScore(findings: readonly Finding[]): Score {
  const categories = Object.fromEntries(SCORE_CATEGORIES.map((c) => [c, 100])) as Record<ScoreCategory, number>;
  const deductions: Deduction[] = [];
  const open: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    if (finding.accepted || finding.ruleId === 'internal-error') continue;
    const points = DEDUCTION[finding.severity];
    const category = scoreCategory(finding.category);
    deductions.push({ finding, category, points });
    categories[category] = Math.max(0, categories[category] - points);
    open[finding.severity]++;
  }
  const worst = SEVERITIES.find((severity) => open[severity] > 0);
  const band = BANDS[worst ?? 'clean'];
  // The first finding of the worst severity sets the band's top; every further finding costs points.
  const spent = worst === undefined ? 0 : SEVERITIES.reduce((sum, severity) => sum + open[severity] * BAND_COST[severity], 0) - BAND_COST[worst];
  const overall = Math.max(band.floor, band.top - spent);
  return { overall, categories, deductions, explanation: explain(open, overall) };
}

function explain(open: Record<Severity, number>, overall: number): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (open.error > 0) return `${count(open.error, 'error')} keep${open.error === 1 ? 's' : ''} the score below 70${overall < BANDS.error.top ? `; the other findings lower it to ${overall}` : ''}.`;
  if (open.warning > 0) return `No errors; ${count(open.warning, 'warning')}${open.info > 0 ? ` and ${open.info} info` : ''} put the score at ${overall} (70–94 with warnings).`;
  if (open.info > 0) return `No errors or warnings: ${overall}, ${open.info} info finding${open.info === 1 ? '' : 's'} of advice.`;
  return 'No findings: nothing to improve.';
}
