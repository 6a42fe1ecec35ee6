import type { Design } from '../design';
import { runRules } from './engine';
import { RULES } from './registry';
import type { Finding } from './rule';
import { computeScore, type Score } from './score';

export interface Review {
  findings: Finding[];
  score: Score;
}

const cache = new WeakMap<Design, Review>();

/** The full review of a design with every registered rule; memoised per design object. */
export function reviewDesign(design: Design): Review {
  const cached = cache.get(design);
  if (cached) return cached;
  const findings = runRules(design, RULES);
  const review = { findings, score: computeScore(findings) };
  cache.set(design, review);
  return review;
}
