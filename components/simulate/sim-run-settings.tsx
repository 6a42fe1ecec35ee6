'use client';

import { useMemo, type Dispatch, type SetStateAction } from 'react';
import type { SimulationSettings } from '@/lib/design';
import { SCENARIO_HELP, SCENARIO_NAMES, type ScenarioName } from '@/lib/sim';
import { activeScenarios, withScenario } from './scenario-list';

/** The look of the panel's small inputs and selects. */
export const SIM_FIELD = 'h-7 rounded-md border border-[var(--border)] bg-[var(--panel)] px-1.5 text-[12px]';

/** What a scenario's value box asks for, and the value a newly ticked one starts with. */
const VALUE_INPUT: Partial<Record<ScenarioName, { label: string; initial: string }>> = {
  crash: { label: 'back after', initial: '5m' },
  spike: { label: 'traffic ×', initial: '3' },
  slow: { label: 'slower ×', initial: '4' },
  outage: { label: 'for', initial: '5m' },
  'broker-loss': { label: 'for', initial: '5m' },
  'hot-key': { label: 'share', initial: '0.5' },
};

const LABEL: Record<ScenarioName, string> = {
  steady: 'Steady',
  crash: 'Consumer crash',
  spike: 'Traffic spike',
  slow: 'Slow consumer',
  poison: 'Poison message',
  outage: 'Downstream outage',
  'broker-loss': 'Broker loss',
  'hot-key': 'Hot key',
};

type SetSettings = Dispatch<SetStateAction<SimulationSettings>>;

/** The run's scenarios (ticked, or typed as a list), duration and seed. */
export function SimRunSettings({ settings, setSettings, seedText, setSeedText }: { settings: SimulationSettings; setSettings: SetSettings; seedText: string; setSeedText(text: string): void }) {
  return (
    <>
      <ScenarioPicker scenario={settings.scenario} setSettings={setSettings} />
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-1">
          Scenario list
          <input
            className={`${SIM_FIELD} w-[200px]`}
            data-testid="simulate.scenario"
            value={settings.scenario}
            maxLength={500}
            onChange={(e) => setSettings((s) => ({ ...s, scenario: e.target.value }))}
          />
        </label>
        <label className="flex items-center gap-1">
          Duration
          <input className={`${SIM_FIELD} w-[64px]`} data-testid="simulate.duration" value={settings.duration} onChange={(e) => setSettings((s) => ({ ...s, duration: e.target.value.trim() }))} />
        </label>
        <label className="flex items-center gap-1">
          Seed
          <input className={`${SIM_FIELD} w-[110px]`} data-testid="simulate.seed" inputMode="numeric" value={seedText} onChange={(e) => setSeedText(e.target.value.trim())} />
        </label>
      </div>
    </>
  );
}

/** A checkbox per scenario (steady is the default, not a choice), with a value box for those that take one. */
function ScenarioPicker({ scenario, setSettings }: { scenario: string; setSettings: SetSettings }) {
  const active = useMemo(() => activeScenarios(scenario), [scenario]);
  return (
    <fieldset className="mb-2">
      <legend className="mb-1 font-semibold">Scenarios</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {SCENARIO_NAMES.filter((n) => n !== 'steady').map((name) => {
          const entry = active.get(name);
          const input = VALUE_INPUT[name];
          return (
            <span key={name} className="flex items-center gap-1" title={SCENARIO_HELP[name]}>
              <label className="flex items-center gap-1">
                <input
                  type="checkbox"
                  data-testid={`simulate.scenario.${name}`}
                  checked={entry !== undefined}
                  onChange={(e) => setSettings((s) => ({ ...s, scenario: withScenario(s.scenario, name, e.target.checked, input?.initial) }))}
                />
                {LABEL[name]}
              </label>
              {input && entry && (
                <input
                  aria-label={`${LABEL[name]}: ${input.label}`}
                  data-testid={`simulate.scenario.${name}.value`}
                  className={`${SIM_FIELD} w-[52px]`}
                  value={entry.value ?? ''}
                  placeholder={input.initial}
                  onChange={(e) => setSettings((s) => ({ ...s, scenario: withScenario(s.scenario, name, true, e.target.value) }))}
                />
              )}
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
