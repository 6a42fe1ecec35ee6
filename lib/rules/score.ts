import type { Category, Finding, Severity } from './rule';

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
}

export function scoreCategory(category: Category): ScoreCategory {
  return category === 'schema' ? 'operability' : category;
}

/**
 * Each category scores 100 minus the points of its findings (error 20,
 * warning 5, info 1), never below 0; the overall score is the average of the
 * six categories, so a large design with many small gaps is not scored like a
 * broken one, while an error still costs a category a fifth of its score.
 * Accepted risks and internal errors deduct nothing. A pure function of the
 * findings, so the same design always gets the same score.
 */
export function computeScore(findings: readonly Finding[]): Score {
  const categories = Object.fromEntries(SCORE_CATEGORIES.map((c) => [c, 100])) as Record<ScoreCategory, number>;
  const deductions: Deduction[] = [];
  for (const finding of findings) {
    if (finding.accepted || finding.ruleId === 'internal-error') continue;
    const points = DEDUCTION[finding.severity];
    const category = scoreCategory(finding.category);
    deductions.push({ finding, category, points });
    categories[category] = Math.max(0, categories[category] - points);
  }
  const overall = Math.round(SCORE_CATEGORIES.reduce((sum, c) => sum + categories[c], 0) / SCORE_CATEGORIES.length);
  return { overall, categories, deductions };
}
