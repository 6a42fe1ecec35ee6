import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { computeScore, RULES, runRules } from '../lib/rules';
import type { Design } from '../lib/design';
import { realisticDesign } from './realistic-design';

/**
 * Re-scoring after an edit, on designs made of the review corpus (see
 * realistic-design.ts): each run changes one node (a new object, as an edit
 * does) and runs every rule and the score. Warm: after a second of runs, as in
 * a studio session; the median of `runs`.
 */
export function rescoreRealisticWarmMs(nodeCount: number, runs = 21): number {
  const design = realisticDesign(nodeCount);
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 5 || performance.now() < warmUntil; i++) rescoreAfterEdit(design, i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    rescoreAfterEdit(design, i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 100) / 100;
}

function rescoreAfterEdit(design: Design, i: number) {
  const nodes = [...design.nodes];
  const at = i % nodes.length;
  nodes[at] = { ...nodes[at] };
  return computeScore(runRules({ ...design, nodes }, RULES));
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
