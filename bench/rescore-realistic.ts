import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { computeScore, RULES, runRules } from '../lib/rules';
import { realisticDesign } from './realistic-design';
import { withOneSettingChanged } from './setting-edit';

/**
 * Re-scoring after an edit, on designs made of the review corpus (see
 * realistic-design.ts): each run edits one setting of the next node (the
 * design before it is the last run's, as in a studio session) and runs every
 * rule and the score. Warm: after a second of runs; the median of `runs`, on
 * the first `runs` nodes whatever the machine's speed.
 */
export function rescoreRealisticWarmMs(nodeCount: number, runs = 21): number {
  let design = realisticDesign(nodeCount);
  const rescoreAfterEdit = (i: number) => {
    design = withOneSettingChanged(design, i % design.nodes.length);
    return computeScore(runRules(design, RULES));
  };
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 5 || performance.now() < warmUntil; i++) rescoreAfterEdit(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    rescoreAfterEdit(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 100) / 100;
}

/**
 * The first review in a fresh process (cold JIT, empty caches; the modules
 * already loaded), as the command line and a just-opened studio meet it: the
 * median over `runs` processes.
 */
export function rescoreRealisticFreshMs(nodeCount: number, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'rescore-fresh-process.ts'), String(nodeCount)], { encoding: 'utf8', cwd: join(__dirname, '..') });
    const value = Number(child.stdout.trim().split('\n').pop());
    if (child.status !== 0 || !Number.isFinite(value)) throw new Error(`fresh-process rescore failed: ${child.stderr}`);
    times.push(value);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
