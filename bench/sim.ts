import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { designFromData, type Design } from '../lib/design';
import { simulate, type SimOptions } from '../lib/sim';
import { cpuMs } from '../lib/testing/cpu-time';
import { realisticDesign } from './realistic-design';

/**
 * Simulation speed, in CPU time (the machine is shared: wall time would
 * measure the neighbours).
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
 * `npm run bench` takes each in a fresh process of its own
 * (simMetricInFreshProcess), as a user meets a simulation: the studio runs it
 * in a new Web Worker, the command line in a new process. In the bench's own
 * process a run inherited the heap and garbage of the benchmarks before it
 * (10,000-node reviews, share links): 3.75 M events/s there against 4.5–4.9 M
 * alone. Each process still makes its warm-up run first.
 */
interface Run {
  cpuMs: number;
  events: number;
}

function measure(design: Design, durationMs: number, warmUpMs: number, options: Partial<SimOptions> = {}): Run {
  simulate(design, 'steady', 2, { durationMs: warmUpMs, ...options }); // the JIT compiles the engine
  const { value, ms } = cpuMs(() => simulate(design, 'steady', 1, { durationMs, ...options }));
  if (value.report.simulatedMs < durationMs) throw new Error(`the benchmark run stopped early: ${value.report.scenarioOutcomes.join('; ')}`);
  return { cpuMs: ms, events: value.report.events };
}

const EVERY_MESSAGE = { perMessageLimit: Infinity };

export function simEventsPerSecond(): number {
  const run = measure(realisticDesign(200), 15_000, 5_000, EVERY_MESSAGE);
  return Math.round((run.events / run.cpuMs) * 1000);
}

export function simMs1h200Nodes(): number {
  return Math.round(measure(realisticDesign(200), 3_600_000, 60_000).cpuMs);
}

export function simEventsPerSecondSingleQueue(): number {
  const result = designFromData({
    queuewright: 2,
    nodes: [
      { kind: 'producer', id: 'p', name: 'p', publishRate: 3600, keyStrategy: 'random' },
      { kind: 'sqs-queue', id: 'q', name: 'q' },
      { kind: 'consumer-group', id: 'c', name: 'c', instances: 4, processingMsP50: Math.LN2, processingMsP99: 1 },
    ],
    connections: [
      { id: 'pq', kind: 'publish', from: 'p', to: 'q' },
      { id: 'qc', kind: 'consume', from: 'q', to: 'c' },
    ],
  });
  if (!result.ok) throw new Error(result.errors[0].message);
  const run = measure(result.design, 1_000_000, 100_000, EVERY_MESSAGE);
  return Math.round((run.events / run.cpuMs) * 1000);
}

const METRICS = {
  sim_events_per_s: simEventsPerSecond,
  sim_ms_1h_200_nodes: simMs1h200Nodes,
  sim_events_per_s_single_queue: simEventsPerSecondSingleQueue,
} as const;

export type SimMetric = keyof typeof METRICS;

/** One metric measured in a new Node process (`sim.ts <metric>` prints it), so no earlier benchmark's heap is in it. */
export function simMetricInFreshProcess(metric: SimMetric): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'sim.ts'), metric], { encoding: 'utf8', cwd: join(__dirname, '..') });
  const value = Number(child.stdout.trim().split('\n').pop());
  if (child.status !== 0 || !Number.isFinite(value)) throw new Error(`${metric} in a fresh process failed: ${child.stderr.trim().split('\n').pop()}`);
  return value;
}

if (process.argv[1]?.endsWith('sim.ts')) {
  const metric = process.argv[2];
  if (metric === undefined) {
    console.log(`sim_events_per_s ${simEventsPerSecond()}, sim_ms_1h_200_nodes ${simMs1h200Nodes()}, sim_events_per_s_single_queue ${simEventsPerSecondSingleQueue()}`);
  } else if (metric in METRICS) {
    console.log(METRICS[metric as SimMetric]());
  } else {
    console.error(`unknown metric "${metric}": expected one of ${Object.keys(METRICS).join(', ')}`);
    process.exit(2);
  }
}
