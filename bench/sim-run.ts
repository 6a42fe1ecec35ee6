import { readFileSync } from 'node:fs';
import { designFromData, type Design } from '../lib/design';
import { simulate, type SimOptions } from '../lib/sim';
import { cpuMs } from '../lib/testing/cpu-time';

/**
 * The measured side of the simulation benchmarks (bench/sim.ts), run the way
 * a user's simulation runs: compiled ahead of time and bundled (the studio's
 * Web Worker is a bundle, `queuewright simulate` is dist/cli), in a process of
 * its own, with the design read from a file (the worker receives a copy of
 * it, the command line reads one), so neither a transpiler's modules and
 * source maps nor the making of the design sit in the heap the run's
 * collections walk. `sim-run.cjs <metric> <design.json>` prints the value.
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

function designFromFile(path: string): Design {
  const result = designFromData(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path}: ${result.errors[0].message}`);
  return result.design;
}

/** One M/M/4 queue at 90 % load: the engine alone. */
function singleQueue(): Design {
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
  return result.design;
}

export const SIM_METRICS = {
  sim_events_per_s: (designFile: string) => {
    const run = measure(designFromFile(designFile), 15_000, 5_000, EVERY_MESSAGE);
    return Math.round((run.events / run.cpuMs) * 1000);
  },
  sim_ms_1h_200_nodes: (designFile: string) => Math.round(measure(designFromFile(designFile), 3_600_000, 60_000).cpuMs),
  sim_events_per_s_single_queue: () => {
    const run = measure(singleQueue(), 1_000_000, 100_000, EVERY_MESSAGE);
    return Math.round((run.events / run.cpuMs) * 1000);
  },
} as const;

export type SimMetric = keyof typeof SIM_METRICS;

const [metric, designFile] = process.argv.slice(2);
if (metric !== undefined) {
  if (!Object.hasOwn(SIM_METRICS, metric)) {
    console.error(`unknown metric "${metric}": expected one of ${Object.keys(SIM_METRICS).join(', ')}`);
    process.exit(2);
  }
  console.log(SIM_METRICS[metric as SimMetric](designFile));
}
