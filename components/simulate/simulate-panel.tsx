'use client';

import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { durationToMs, SIMULATION_DEFAULTS, updateDesign, type SimulationSettings } from '@/lib/design';
import { parseScenario, SCENARIO_HELP, SCENARIO_NAMES, type ScenarioName } from '@/lib/sim';
import { deepEqual } from '@/lib/design/deep-equal';
import { useStudio, useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';
import { clock } from './clock';
import { activeScenarios, withScenario } from './scenario-list';
import { showFrame } from './sim-overlay-store';
import { SimReportView } from './sim-report';
import { useSimRun } from './use-sim-run';

// uPlot loads with the charts, after a run: never in the studio's first load, nor with the panel's controls.
const SimCharts = lazy(() => import('./sim-charts').then((m) => ({ default: m.SimCharts })));

/** Speeds in simulated seconds per second; 0 = as fast as the worker steps. */
const SPEEDS: Array<{ value: number; label: string }> = [
  { value: 1, label: 'Real time' },
  { value: 10, label: '10 s/s' },
  { value: 60, label: '1 min/s' },
  { value: 600, label: '10 min/s' },
  { value: 3600, label: '1 h/s' },
  { value: 0, label: 'Fastest' },
];

/** Longest run the studio plays (the command line allows the same). */
const MAX_DURATION_MS = 7 * 86_400_000;

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

/** Why the settings cannot run, or null. */
function problemOf(settings: SimulationSettings): string | null {
  const durationMs = durationToMs(settings.duration);
  if (durationMs === undefined || durationMs <= 0 || durationMs > MAX_DURATION_MS) return `Duration: "${settings.duration}" is not a duration from 1 s to 7 d such as 90s, 30m or 1h.`;
  if (!Number.isInteger(settings.seed) || settings.seed < 0 || settings.seed > 0xffffffff) return 'Seed: a whole number from 0 to 4294967295.';
  const parsed = parseScenario(settings.scenario, durationMs);
  return parsed.ok ? null : `Scenarios: ${parsed.error}.`;
}

/**
 * The Simulate panel: scenarios, duration and seed (kept with the design, so
 * a shared link replays the same run), Run / Pause, speed and a scrubber; the
 * canvas badges show the moment on screen; the report and charts follow the run.
 */
export function SimulatePanel({ onClose }: { onClose(): void }) {
  const store = useStudioStore();
  const saved = useStudio((s) => s.design.simulation);
  const [settings, setSettings] = useState<SimulationSettings>(saved ?? SIMULATION_DEFAULTS);
  const [seedText, setSeedText] = useState(String(settings.seed));
  const [speed, setSpeed] = useState(600);
  const [scrub, setScrub] = useState<number | null>(null);
  const { state, start, pause, resume, setSpeed: sendSpeed, stop } = useSimRun();

  // A design opened or a link followed while the panel is open brings its own run settings (adjusted while rendering).
  const [seenSaved, setSeenSaved] = useState(saved);
  if (saved !== seenSaved) {
    setSeenSaved(saved);
    if (saved) {
      setSettings(saved);
      setSeedText(String(saved.seed));
    }
  }

  const problem = useMemo(() => (/^\d{1,10}$/.test(seedText) ? problemOf({ ...settings, seed: Number(seedText) }) : 'Seed: a whole number from 0 to 4294967295.'), [settings, seedText]);
  const active = useMemo(() => activeScenarios(settings.scenario), [settings.scenario]);

  const frameIndex = scrub === null ? state.frames.length - 1 : Math.min(scrub, state.frames.length - 1);
  const frame = frameIndex >= 0 ? state.frames[frameIndex] : null;
  // The canvas shows the frame on screen; closing the panel clears it.
  useEffect(() => showFrame(frame ?? null), [frame]);
  useEffect(() => () => showFrame(null), []);

  const run = () => {
    if (problem) return;
    const next = { ...settings, seed: Number(seedText) };
    const design = store.getState().design;
    // The run travels with the design (file, share link): a colleague replays the same one.
    if (!deepEqual(design.simulation, next)) store.getState().change((d) => updateDesign(d, { simulation: next }));
    setScrub(null);
    start(store.getState().design, next.scenario, next.seed, durationToMs(next.duration)!, speed);
  };

  const durationMs = durationToMs(settings.duration) ?? 0;
  const playing = state.status === 'running';
  const field = 'h-7 rounded-md border border-[var(--border)] bg-[var(--panel)] px-1.5 text-[12px]';

  return (
    <section aria-label="Simulate" data-testid="simulate" data-status={state.status} className="flex h-[45%] min-h-[240px] flex-col border-t border-[var(--border)] bg-[var(--panel)]">
      <div className="flex flex-wrap items-center gap-2 border-b border-[var(--border)] px-3 py-1.5">
        <h2 className="text-[13px] font-semibold">Simulate</h2>
        <Button variant="primary" data-testid="simulate.run" disabled={problem !== null} title={problem ?? 'Run the design under the chosen scenarios'} onClick={run}>
          {state.status === 'idle' || state.status === 'error' ? 'Run' : 'Run again'}
        </Button>
        <Button data-testid="simulate.pause" disabled={state.status !== 'running' && state.status !== 'paused'} onClick={playing ? pause : resume}>
          {state.status === 'paused' ? 'Resume' : 'Pause'}
        </Button>
        <label className="flex items-center gap-1 text-[12px]">
          Speed
          <select
            className={field}
            data-testid="simulate.speed"
            value={speed}
            onChange={(e) => {
              const value = Number(e.target.value);
              setSpeed(value);
              sendSpeed(value);
            }}
          >
            {SPEEDS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <input
          type="range"
          aria-label="Scrub through the run"
          data-testid="simulate.scrub"
          className="min-w-[80px] flex-1"
          min={0}
          max={Math.max(0, state.frames.length - 1)}
          value={Math.max(0, frameIndex)}
          disabled={state.frames.length < 2}
          onChange={(e) => {
            const value = Number(e.target.value);
            setScrub(value >= state.frames.length - 1 && state.status !== 'done' ? null : value);
          }}
        />
        <span data-testid="simulate.time" className="whitespace-nowrap text-[12px] tabular-nums" aria-live="off">
          {clock(frame?.atMs ?? 0)} / {clock(durationMs)}
        </span>
        <span data-testid="simulate.progress" className="sr-only" role="status">
          {state.status === 'done' ? 'Run finished' : state.status === 'running' ? 'Running' : state.status === 'paused' ? 'Paused' : ''}
        </span>
        <button type="button" aria-label="Close the simulation" onClick={() => { stop(); onClose(); }} className="ml-auto px-1 text-[16px] text-[var(--muted)] hover:text-[var(--text)]">
          ×
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-auto px-3 py-2 text-[12px]">
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
                      className={`${field} w-[52px]`}
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
        <div className="mb-2 flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-1">
            Scenario list
            <input className={`${field} w-[200px]`} data-testid="simulate.scenario" value={settings.scenario} maxLength={500} onChange={(e) => setSettings((s) => ({ ...s, scenario: e.target.value }))} />
          </label>
          <label className="flex items-center gap-1">
            Duration
            <input className={`${field} w-[64px]`} data-testid="simulate.duration" value={settings.duration} onChange={(e) => setSettings((s) => ({ ...s, duration: e.target.value.trim() }))} />
          </label>
          <label className="flex items-center gap-1">
            Seed
            <input className={`${field} w-[110px]`} data-testid="simulate.seed" inputMode="numeric" value={seedText} onChange={(e) => setSeedText(e.target.value.trim())} />
          </label>
        </div>
        {problem && (
          <p role="alert" data-testid="simulate.problem" className="mb-2 text-[var(--error)]">
            {problem}
          </p>
        )}
        {state.error && (
          <p role="alert" data-testid="simulate.error" className="mb-2 text-[var(--error)]">
            The run stopped: {state.error}
          </p>
        )}
        {(state.status === 'running' || state.status === 'paused') && (
          <p className="mb-2 text-[var(--muted)]" data-testid="simulate.live">
            {Math.round(state.progress * 100)} % simulated · {state.events.toLocaleString('en')} events · the canvas shows each node&apos;s rate and waiting messages
          </p>
        )}
        {state.result && (
          <>
            <SimReportView report={state.result.report} />
            <Suspense fallback={<p className="text-[var(--muted)]">Loading charts…</p>}>
              <SimCharts result={state.result} atMs={frame?.atMs ?? null} />
            </Suspense>
          </>
        )}
      </div>
    </section>
  );
}
