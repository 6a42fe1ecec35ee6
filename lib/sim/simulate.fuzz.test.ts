import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { SCENARIO_NAMES } from './scenario';
import { simulate } from './simulate';

/**
 * Any valid design, under any mix of scenarios, runs to a report: no throw,
 * no hang (the event and message budgets bound every run, cycles and
 * zero-time handlers included), and the same seed gives the same bytes.
 */
const RUNS = Number(process.env.SIM_FUZZ_RUNS ?? 40);

describe('simulate on arbitrary designs', () => {
  it('always reports, within its budgets, deterministically', () => {
    fc.assert(
      fc.property(arbitraryDesign(), fc.subarray([...SCENARIO_NAMES]), fc.integer({ min: 0, max: 0xffffffff }), (design, scenarios, seed) => {
        const options = { durationMs: 5_000, maxEvents: 50_000, maxLiveMessages: 20_000 };
        const first = simulate(design, scenarios.join(','), seed, options);
        expect(first.report.events).toBeLessThanOrEqual(50_000);
        expect(first.report.simulatedMs).toBeLessThanOrEqual(5_000);
        const text = JSON.stringify(first);
        expect(nonFinite(first)).toEqual([]);
        expect(JSON.stringify(simulate(design, scenarios.join(','), seed, options))).toBe(text);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

/** Paths of numbers that are NaN or infinite (JSON would write them as null). */
function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}
