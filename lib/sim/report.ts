import type { CapacityFigure } from './capacity';

/**
 * What a run returns: a report per path and per station, and the sampled
 * series a chart draws. Plain JSON (numbers rounded to fixed precision), so
 * the same seed gives the same text byte for byte and golden files can
 * freeze it.
 */

export interface LatencyStats {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export interface PathReport {
  /** The producer's publish that starts the path, and the consumer group that ends it. */
  from: string;
  to: string;
  label: string;
  /** Messages that completed the path. */
  delivered: number;
  throughputPerS: number;
  latency: LatencyStats;
}

export interface StationReport {
  id: string;
  label: string;
  family: string;
  channel: string;
  consumers: string[];
  /** Consumer threads working this queue (what the broker lets run in parallel). */
  threads: number;
  arrived: number;
  processed: number;
  utilisation: number;
  meanWaitMs: number;
  peakDepth: number;
  peakDepthAtMs: number;
  /** From the peak until the backlog was back within the threads; null when it never was. */
  timeToDrainMs: number | null;
  endDepth: number;
  lost: number;
  lostBy: Record<string, number>;
  deadLettered: number;
  duplicated: number;
  redelivered: number;
}

export interface SimReport {
  seed: number;
  durationMs: number;
  /** Simulated time reached: less than durationMs when the event budget ran out. */
  simulatedMs: number;
  scenarios: string[];
  events: number;
  published: number;
  totals: { processed: number; lost: number; deadLettered: number; duplicated: number; redelivered: number; refusedByBroker: number };
  paths: PathReport[];
  stations: StationReport[];
  saturatedFirst: { station: string; atMs: number } | null;
  scenarioOutcomes: string[];
  /** What each node needs at the declared rates, with formula and inputs (capacity.ts). */
  capacity: CapacityFigure[];
  notModelled: string[];
  /** Present when part of the design ran as fluid (the hybrid engine, lib/sim/fluid.ts): those stations and the tick. */
  fluid?: { stations: string[]; tickMs: number };
}

export interface SimSeries {
  /** Sample times, ms. */
  timesMs: number[];
  /** Per station (report order): depth, processed per second and utilisation at each sample. */
  depth: number[][];
  ratePerS: number[][];
  utilisation: number[][];
}

export interface SimResult {
  report: SimReport;
  series: SimSeries;
}
