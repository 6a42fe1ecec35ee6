import { computeScore, RULES, runRules } from '../lib/rules';
import { realisticDesign } from './realistic-design';

// One review in a fresh process, timed alone (see rescore-realistic.ts); prints milliseconds.
const design = realisticDesign(Number(process.argv[2]));
const start = performance.now();
computeScore(runRules(design, RULES));
console.log(Math.round((performance.now() - start) * 100) / 100);
