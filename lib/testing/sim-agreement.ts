import type { Design } from '../design';
import { simulate, type SimReport, type StationReport } from '../sim';

/**
 * Helpers for the tests that hold the simulator to a real broker (issue 15):
 * the simulation runs through its public entry only, one producer at a time,
 * so that what it published is a known number of messages of one shape (one
 * routing key, one set of headers or message attributes) that the test then
 * publishes to the broker, and the counts on both sides can be compared
 * exactly.
 */

/** Enough for every count these tests compare; the run is message by message (no fluid part), so counts are whole. */
const SIM_OPTIONS = { durationMs: 20_000, perMessageLimit: Infinity } as const;

/** `design` with `producerId` the only producer (the others and their connections left out). */
export function withOnlyProducer(design: Design, producerId: string): Design {
  const others = new Set(design.nodes.filter((n) => n.kind === 'producer' && n.id !== producerId).map((n) => n.id));
  if (!design.nodes.some((n) => n.id === producerId && n.kind === 'producer')) throw new Error(`withOnlyProducer: no producer "${producerId}" in the design`);
  return {
    ...design,
    nodes: design.nodes.filter((n) => !others.has(n.id)),
    connections: design.connections.filter((c) => !others.has(c.from) && !others.has(c.to)),
  };
}

/** A seeded run of `design` under `scenario`; the same arguments give the same report. */
export function simulateFor(design: Design, scenario = 'steady', seed = 7): SimReport {
  return simulate(design, scenario, seed, SIM_OPTIONS).report;
}

/** The station of channel `channelName` (and consumer group `consumerId`, when given); throws naming what exists. */
export function stationOf(report: SimReport, channelName: string, consumerId?: string): StationReport {
  const found = report.stations.find((s) => s.label.startsWith(`${channelName} `) && (consumerId === undefined || s.consumers.includes(consumerId)));
  if (!found) throw new Error(`no station for ${channelName}${consumerId ? ` → ${consumerId}` : ''}; stations: ${report.stations.map((s) => s.label).join('; ')}`);
  return found;
}

/** Per channel name, the messages the run put in it (a channel without a station counts 0). */
export function arrivedByChannel(report: SimReport, channelNames: readonly string[]): Record<string, number> {
  return Object.fromEntries(channelNames.map((name) => [name, report.stations.filter((s) => s.label.startsWith(`${name} `)).reduce((a, s) => a + s.arrived, 0)]));
}

/** Adds counts channel by channel. */
export function addCounts(into: Record<string, number>, more: Record<string, number>): Record<string, number> {
  for (const [k, v] of Object.entries(more)) into[k] = (into[k] ?? 0) + v;
  return into;
}

/** Polls `read` until `done` holds for its value or the time is up; returns the last value read. */
export async function settle<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  let value = await read();
  for (const deadline = Date.now() + timeoutMs; !done(value) && Date.now() < deadline;) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}
