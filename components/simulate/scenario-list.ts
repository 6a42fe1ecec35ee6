import { SCENARIO_NAMES, type ScenarioName } from '@/lib/sim';

/**
 * Edits a scenario list (`crash:5m,spike:3@group`, the text
 * `queuewright simulate --scenario` takes and the design keeps) one entry at
 * a time, for the panel's check boxes. It only splits the text into entries;
 * what an entry means, and whether it is valid, is lib/sim/scenario.ts's to
 * say (the panel shows its error).
 */

export interface ScenarioEntry {
  name: string;
  /** What follows `:` (a factor, share or duration), when given. */
  value?: string;
  /** What follows `@` (a consumer group id), when given. */
  target?: string;
}

export function scenarioEntries(text: string): ScenarioEntry[] {
  return text
    .split(',')
    .map((raw) => raw.trim())
    .filter((raw) => raw !== '')
    .map((raw) => {
      const at = raw.indexOf('@');
      const head = at >= 0 ? raw.slice(0, at) : raw;
      const colon = head.indexOf(':');
      return {
        name: colon >= 0 ? head.slice(0, colon) : head,
        ...(colon >= 0 ? { value: head.slice(colon + 1) } : {}),
        ...(at >= 0 ? { target: raw.slice(at + 1) } : {}),
      };
    });
}

function entryText(entry: ScenarioEntry): string {
  return `${entry.name}${entry.value !== undefined && entry.value !== '' ? `:${entry.value}` : ''}${entry.target !== undefined ? `@${entry.target}` : ''}`;
}

/**
 * The list with `name` switched on (with `value`, keeping its target) or off
 * (`on` false). `steady` is what an empty list means, so it is dropped when
 * another scenario is added and the list falls back to it when emptied.
 */
export function withScenario(text: string, name: ScenarioName, on: boolean, value?: string): string {
  const entries = scenarioEntries(text).filter((e) => e.name !== 'steady');
  const index = entries.findIndex((e) => e.name === name);
  if (!on) {
    if (index >= 0) entries.splice(index, 1);
  } else if (name !== 'steady') {
    const entry: ScenarioEntry = { ...entries[index], name, value };
    if (index >= 0) entries[index] = entry;
    else entries.push(entry);
  }
  return entries.length > 0 ? entries.map(entryText).join(',') : 'steady';
}

/** The scenarios a list switches on, by name, with their values. */
export function activeScenarios(text: string): Map<ScenarioName, ScenarioEntry> {
  const known = new Set<string>(SCENARIO_NAMES);
  return new Map(
    scenarioEntries(text)
      .filter((e) => known.has(e.name) && e.name !== 'steady')
      .map((e) => [e.name as ScenarioName, e]),
  );
}
