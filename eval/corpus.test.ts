import { describe, expect, it } from 'vitest';
import { GOALS } from '../bench/goals';
import { RULE_BY_ID } from '../lib/rules';
import { FAMILIES, isClean, labelProblems, loadCorpus } from '../lib/testing/labelled-corpus';
import { summaryTable } from './report';
import { scoreCorpus } from './score';

const corpus = loadCorpus();

describe('eval corpus', () => {
  it('reads every file as a corpus entry with a valid design', () => {
    expect(corpus.problems).toEqual([]);
  });

  it('has at least 40 designs over every broker family, at least 10 of them clean', () => {
    expect(corpus.entries.length).toBeGreaterThanOrEqual(40);
    expect(corpus.entries.filter(isClean).length).toBeGreaterThanOrEqual(10);
    for (const family of FAMILIES)
      expect(
        corpus.entries.some((e) => e.family === family),
        family,
      ).toBe(true);
  });

  const ruleIds = new Set(RULE_BY_ID.keys());
  it.each(corpus.entries.map((e) => [e.name, e] as const))('%s: labels name registered rules (or missing/…) and targets of the design', (_name, entry) => {
    expect(labelProblems(entry, ruleIds)).toEqual([]);
  });
});

/** The goals of bench/goals.ts, which the review is measured against. */
const GOAL_FLOOR = { recall: GOALS.review_recall.goal, precision: GOALS.review_precision.goal };

/**
 * What the review must not fall below: the goals, now that the rules meet
 * them (recall and precision 1.0 when the gate was switched on).
 */
const FLOOR = GOAL_FLOOR;

describe('review quality on the eval corpus', () => {
  it('stays at or above the floor', () => {
    const score = scoreCorpus(corpus);
    const { overall } = score;
    console.log(`${summaryTable(score)}\nfloor: recall ${FLOOR.recall}, precision ${FLOOR.precision}; goal: recall ${GOAL_FLOOR.recall}, precision ${GOAL_FLOOR.precision}`);
    expect(overall.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(overall.precision).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
