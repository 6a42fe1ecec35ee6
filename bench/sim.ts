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

if (process.argv[1]?.endsWith('sim.ts')) {
  console.log(`sim_events_per_s ${simEventsPerSecond()}, sim_ms_1h_200_nodes ${simMs1h200Nodes()}, sim_events_per_s_single_queue ${simEventsPerSecondSingleQueue()}`);
}
