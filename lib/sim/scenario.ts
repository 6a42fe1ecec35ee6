import { durationToMs } from '../design';

/**
 * Named failure what-ifs a run can add, written `name[:value][@node-id]` and
 * joined by commas (`crash,spike:5`, `outage:10m@billing`). Each starts at a
 * quarter of the run and, where it ends, lasts `value` minutes capped at a
 * quarter of the run (so a short run still sees it end and the backlog drain).
 */

export const SCENARIO_NAMES = ['steady', 'crash', 'spike', 'slow', 'poison', 'outage', 'broker-loss', 'hot-key'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface ScenarioStep {
  name: ScenarioName;
  /** Spike and slow: the factor; hot key: the share of keyed messages on one key. */
  factor: number;
  /** When it starts and ends, ms from the start of the run. */
  startMs: number;
  endMs: number;
  /** The consumer group it targets (crash, slow, outage); undefined = the first consumer group. */
  target?: string;
}

export const SCENARIO_HELP: Record<ScenarioName, string> = {
  steady: 'the declared rates, nothing fails',
  crash: 'one instance of a consumer group crashes and comes back after N minutes (crash:5m@group)',
  spike: 'traffic ×N for 5 minutes (spike:3)',
  slow: 'a consumer group processes N times slower for 10 minutes (slow:4@group)',
  poison: 'one message that every attempt fails: the next one published, or the next one a group starts (poison@group)',
  outage: "a consumer group's downstream fails every call for N minutes (outage:5m@group)",
  'broker-loss': 'one node of each cluster is lost for N minutes: Kafka partitions by replica placement (acks, min.insync.replicas); each queue and stream as if it had a replica there',
  'hot-key': 'a share of the keyed messages carries one key (hot-key:0.5)',
};

/** A scenario, seed or duration a run cannot take; the message says which and why. */
export class SimInputError extends Error {}

export type ParsedScenario = { ok: true; steps: ScenarioStep[] } | { ok: false; error: string };

const DEFAULTS: Record<ScenarioName, { factor: number; minutes: number }> = {
  steady: { factor: 1, minutes: 0 },
  crash: { factor: 1, minutes: 5 },
  spike: { factor: 3, minutes: 5 },
  slow: { factor: 4, minutes: 10 },
  poison: { factor: 1, minutes: 0 },
  outage: { factor: 1, minutes: 5 },
  'broker-loss': { factor: 1, minutes: 5 },
  'hot-key': { factor: 0.5, minutes: Infinity },
};

/** Reads a scenario list for a run of `durationMs`; a bad entry gives an error that names it. */
export function parseScenario(text: string, durationMs: number): ParsedScenario {
  const steps: ScenarioStep[] = [];
  const start = Math.floor(durationMs / 4);
  for (const raw of text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const match = /^([a-z-]+)(?::([^@]+))?(?:@(.+))?$/.exec(raw);
    const name = match?.[1] as ScenarioName | undefined;
    if (!match || !name || !(SCENARIO_NAMES as readonly string[]).includes(name)) {
      return { ok: false, error: `unknown scenario "${raw}"; scenarios: ${SCENARIO_NAMES.join(', ')}` };
    }
    const value = match[2];
    const defaults = DEFAULTS[name];
    let factor = defaults.factor;
    let minutes = defaults.minutes;
    if (value !== undefined) {
      if (name === 'spike' || name === 'slow' || name === 'hot-key') {
        factor = Number(value.replace(/^[x×]/, ''));
        const valid = name === 'hot-key' ? factor > 0 && factor <= 1 : factor > 0 && factor <= 1000;
        if (!Number.isFinite(factor) || !valid) return { ok: false, error: `scenario "${raw}": ${name} takes ${name === 'hot-key' ? 'a share between 0 and 1' : 'a factor above 0 (at most 1000)'}` };
      } else if (name === 'crash' || name === 'outage' || name === 'broker-loss') {
        const ms = durationToMs(/^\d+(\.\d+)?$/.test(value) ? `${value}m` : value);
        if (ms === undefined || ms <= 0) return { ok: false, error: `scenario "${raw}": ${name} takes a duration such as 5m or 90s` };
        minutes = ms / 60_000;
      } else return { ok: false, error: `scenario "${raw}": ${name} takes no value` };
    }
    if (match[3] !== undefined && !['crash', 'slow', 'outage', 'poison'].includes(name))
      return { ok: false, error: `scenario "${raw}": only crash, slow, outage and poison target a consumer group (@id)` };
    const length = minutes === Infinity ? durationMs - start : Math.min(minutes * 60_000, Math.max(1, Math.floor(durationMs / 4)));
    if (name !== 'steady') steps.push({ name, factor, startMs: start, endMs: start + length, target: match[3] });
  }
  return { ok: true, steps };
}
