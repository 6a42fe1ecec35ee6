import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/**
 * bench/results.json is one object that several runs write (`npm run bench`,
 * `npm run eval`): each metric sits under `results` with the 1-minute load
 * average when it was taken, because on shared 2-core machines a number means
 * little without it. A writer merges its metrics into what is there and keeps
 * every other key, so one run never erases another's numbers.
 */

export const RESULTS_FILE = join(__dirname, 'results.json');

export interface MetricResult {
  value: number;
  /** The 1-minute load average when the metric was taken. */
  load1: number;
}

/** A value with the machine's load now. */
export function measured(value: number): MetricResult {
  return { value, load1: Math.round(loadavg()[0] * 100) / 100 };
}

/** Merges `metrics` into the results file's `results` object, keeping everything else. */
export function recordResults(metrics: Record<string, MetricResult>, file = RESULTS_FILE): void {
  const existing = readObject(file);
  const results = isObject(existing.results) ? existing.results : {};
  const merged = { ...existing, cores: existing.cores ?? cpus().length, results: { ...results, ...metrics } };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
}

function readObject(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isObject(data) ? data : {};
  } catch {
    // A damaged file is replaced rather than blocking the measurement.
    return {};
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
