import { expect } from 'vitest';
import { simulate, type SimReport, type StationReport } from '../sim';
import { templateDesign, type Template } from '../templates';

/**
 * What each broker's own simulation test (`lib/sim/<family>.test.ts`) checks its small designs with: a
 * consumer group to finish them, a station by channel, conservation of messages, and that the broker's
 * template simulates. Counts and formulas only, never time taken.
 */

/** A consumer group that processes in 5 ms (p99 20 ms) and does not retry, with `extra` settings over it. */
export const consumer = (id: string, extra: Record<string, unknown> = {}) => ({
  kind: 'consumer-group',
  id,
  processingMsP50: 5,
  processingMsP99: 20,
  retry: { maxRetries: 0, backoff: ['1s'] },
  ...extra,
});

/** The station of channel `channel` (the first, for a channel with several). */
export const station = (report: SimReport, channel: string): StationReport => report.stations.find((s) => s.channel === channel)!;

/** Conservation: what arrived was processed, waits, was lost or dead-lettered, or is in a thread's hands (at most one per thread). */
export function expectConserved(report: SimReport): void {
  for (const s of report.stations) {
    const inFlight = s.arrived - s.processed - s.endDepth - s.lost - s.deadLettered;
    expect(inFlight, s.id).toBeGreaterThanOrEqual(0);
    expect(inFlight, s.id).toBeLessThanOrEqual(s.threads);
  }
}

/**
 * A broker's template simulates: messages flow, are processed and conserved, and no note says something is "not
 * simulated" (but the notes `allowedNote` matches, which the broker's test says why it allows).
 */
export function expectTemplateSimulates(template: Template, allowedNote?: RegExp): void {
  const { report } = simulate(templateDesign(template), 'steady', 1, { durationMs: 30_000 });
  expect(report.published).toBeGreaterThan(0);
  expect(report.totals.processed).toBeGreaterThan(0);
  expect(report.notModelled.filter((n) => /not simulated/.test(n) && !(allowedNote?.test(n) ?? false))).toEqual([]);
  expectConserved(report);
}
