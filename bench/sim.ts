import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { realisticDesign } from './realistic-design';
import type { SimMetric } from './sim-run';

/**
 * Simulation speed, in CPU time (the machine is shared: wall time would
 * measure the neighbours), measured by bench/sim-run.ts:
 *
 * - `sim_events_per_s`: the per-message engine's events per CPU second over
 *   15 simulated seconds of the realistic 200-node design
 *   (bench/realistic-design.ts: every broker family, fan-out, dead-letter
 *   chains) at its declared rates, about 184,000 messages a second, every
 *   message simulated (`perMessageLimit: Infinity`); many of its consumers
 *   cannot keep up (the corpus leaves processing times at their defaults),
 *   so backlogs grow by millions and memory traffic is part of the cost.
 * - `sim_ms_1h_200_nodes`: a real run of one simulated hour of that design
 *   with the hybrid engine's defaults (lib/sim/fluid.ts): its busy parts move
 *   as fluid, its quiet parts (up to 400,000 arrivals) message by message.
 *   The run must reach the hour, or the bench fails.
 * - `sim_events_per_s_single_queue`: the engine alone on one M/M/4 queue
 *   (Poisson arrivals at 90 % load), the kernel's own speed.
 *
 * Each is taken as a user meets a simulation (simMetricInFreshProcess): the
 * studio runs it in a new Web Worker from a bundle, the command line in a new
 * process from dist/cli. In the bench's own process a run inherited the heap
 * and garbage of the benchmarks before it (10,000-node reviews, share links):
 * 3.75 M events/s there against 4.5–4.9 M in a fresh process under tsx, whose
 * modules and the corpus the realistic design is made from were still in the
 * heap each collection walks. Each process still makes its warm-up run first.
 */

/**
 * One metric measured in a new Node process running sim-run.ts compiled and
 * bundled by esbuild (as dist/cli is), the realistic design handed over as a
 * JSON file.
 */
export function simMetricInFreshProcess(metric: SimMetric): number {
  const dir = mkdtempSync(join(tmpdir(), 'queuewright-sim-bench-'));
  try {
    const runner = join(dir, 'sim-run.cjs');
    buildSync({ entryPoints: [join(__dirname, 'sim-run.ts')], outfile: runner, bundle: true, platform: 'node', format: 'cjs', target: 'node20.19', logLevel: 'warning' });
    const designFile = join(dir, 'design.json');
    writeFileSync(designFile, JSON.stringify(realisticDesign(200)));
    const child = spawnSync(process.execPath, [runner, metric, designFile], { encoding: 'utf8' });
    const value = Number(child.stdout.trim().split('\n').pop());
    if (child.status !== 0 || !Number.isFinite(value)) throw new Error(`${metric} in a fresh process failed: ${child.stderr.trim().split('\n').pop()}`);
    return value;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('sim.ts')) {
  const metrics: SimMetric[] = ['sim_events_per_s', 'sim_ms_1h_200_nodes', 'sim_events_per_s_single_queue'];
  const asked = process.argv[2];
  if (asked !== undefined && !metrics.includes(asked as SimMetric)) {
    console.error(`unknown metric "${asked}": expected one of ${metrics.join(', ')}`);
    process.exit(2);
  }
  for (const metric of asked === undefined ? metrics : [asked as SimMetric]) console.log(`${metric} ${simMetricInFreshProcess(metric)}`);
}
