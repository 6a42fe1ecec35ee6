import { RULES, computeScore, runRules } from '../lib/rules';
import { generateDesign } from './generate-design';

/**
 * Median time to run every rule and score a fresh design object (no memo hits), over `runs` runs
 * after a warm-up of at least a second: the studio re-scores all session long, so the engine is
 * JIT-warm, and a fixed handful of warm-up runs left the first metric of a process at the mercy
 * of the JIT (3–6 ms for the same code).
 */
export function rescoreMedianMs(nodeCount: number, runs = 31): number {
  const design = generateDesign(nodeCount);
  const rescore = () => computeScore(runRules({ ...design, nodes: [...design.nodes] }, RULES)); // a new object, as after an edit
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 10 || performance.now() < warmUntil; i++) rescore();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    rescore();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 100) / 100;
}
