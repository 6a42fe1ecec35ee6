/**
 * `npm run eval`: the review-quality benchmark. Reviews every design of the
 * labelled corpus (eval/corpus), prints recall and precision per broker
 * family and overall with the work list of misses and false positives, and
 * records review_recall and review_precision in bench/results.json. It is a
 * measurement, so it always exits 0; the gate is eval/corpus.test.ts.
 */
import { GOALS, meetsGoal } from '../bench/goals';
import { measured, recordResults } from '../bench/results-file';
import { formatReport } from './report';
import { scoreCorpus } from './score';

function main() {
  const score = scoreCorpus();
  console.log(formatReport(score));
  const metrics = { review_recall: measured(round(score.overall.recall)), review_precision: measured(round(score.overall.precision)) };
  recordResults(metrics);
  console.log('');
  for (const [metric, { value, load1 }] of Object.entries(metrics)) {
    console.log(`${metric}: ${value} (goal ≥ ${GOALS[metric].goal}, load ${load1}) ${meetsGoal(metric, value) ? 'met' : 'MISSED'}`);
  }
}

function round(ratio: number): number {
  return Math.round(ratio * 10_000) / 10_000;
}

try {
  main();
} catch (error) {
  // A measurement never fails the command; the test suite is where a broken corpus fails.
  console.error(error);
}
