import { RULES, computeScore, runRules } from '../lib/rules';
import { generateDesign } from './generate-design';

/** Median time to run every rule and score a fresh design object (no memo hits), over `runs` runs after a warm-up (the studio re-scores all session long, so the engine is JIT-warm). */
export function rescoreMedianMs(nodeCount: number, runs = 31): number {
  const design = generateDesign(nodeCount);
  const times: number[] = [];
  for (let i = 0; i < runs + 10; i++) {
    const copy = { ...design, nodes: [...design.nodes] }; // a new object, as after an edit
    const start = performance.now();
    computeScore(runRules(copy, RULES));
    if (i >= 10) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 100) / 100;
}
