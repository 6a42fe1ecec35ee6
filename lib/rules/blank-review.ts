import type { Finding } from './rule';
import { computeScore, type Score } from './score';

/**
 * The review of a blank design (isBlankDesign: nothing a person made): no
 * rule has anything to read, so it has no findings. The studio shows it
 * without loading the ~170 rules, which a first visit on an empty canvas
 * would otherwise download before anything needs reviewing;
 * blank-review.test.ts proves the rules agree.
 */
export const BLANK_REVIEW: { readonly findings: Finding[]; readonly score: Score } = { findings: [], score: computeScore([]) };
